package org.diktyo.memorandum.web;

import java.util.List;
import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.language.Language;
import org.diktyo.memorandum.domain.MemorandumVersion;
import org.diktyo.memorandum.domain.PrintVersion;
import org.diktyo.memorandum.domain.ReadAdoptions;
import org.diktyo.network.Registry;
import org.diktyo.memorandum.domain.ReadMemorandum;
import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The memorandum for everyone: the version in force, any version one may read, and two versions
 * compared (by default a version with the one it was drafted from).
 */
@Controller
class MemorandumPages {

    private final ReadMemorandum read;
    private final PrintVersion print;
    private final ViewerResolver viewers;
    private final ReadAdoptions adoptions;
    private final Registry registry;
    private final org.diktyo.memorandum.domain.CommitteeDecisions committee;

    MemorandumPages(ReadMemorandum read, PrintVersion print, ViewerResolver viewers, ReadAdoptions adoptions,
            Registry registry, org.diktyo.memorandum.domain.CommitteeDecisions committee) {
        this.committee = committee;
        this.adoptions = adoptions;
        this.registry = registry;
        this.read = read;
        this.print = print;
        this.viewers = viewers;
    }

    @GetMapping("/memorandum")
    String inForce(Model model, Locale locale) {
        MemorandumVersion v = read.inForce().orElseThrow(Problem::notFound);
        return version(v.number(), model, locale);
    }

    @GetMapping("/memorandum/versions/{number}")
    String version(@PathVariable int number, Model model, Locale locale) {
        MemorandumVersion v = read.version(number);
        boolean signedIn = viewers.current().signedIn();
        model.addAttribute("view", MemorandumViews.version(v, read.clauses(number),
                signedIn ? read.amendments(number) : List.of(), read.versions(), signedIn, locale));
        model.addAttribute("adopted", adoptions.verified(number).stream().map(a -> new MemorandumViews.AdoptionLine(
                registry.names(a.municipalityId()).map(n -> n.officialName().in(locale)).orElse(a.officialNameEl()),
                a.decisionNumber(), DatePhrases.plain(a.decisionDate(), locale), a.ada(), a.diavgeiaUrl())).toList());
        model.addAttribute("adoptedBy", committee.of(number).orElse(null));
        return "memorandum/version";
    }

    /** The version as a PDF/A in the language asked ({@code lang=el|en}), else the reader's. */
    @GetMapping("/memorandum/versions/{number}.pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable int number,
            @RequestParam(required = false) String lang, Locale reader) {
        Locale locale = lang == null ? reader : org.diktyo.platform.LanguageParameter.locale(lang);
        byte[] pdf = print.pdf(number, locale);
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.springframework.http.ContentDisposition.inline()
                        .filename("memorandum-" + number + "-" + (Language.of(locale) == Language.ENGLISH ? "en" : "el") + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    @GetMapping("/memorandum/versions/{number}/compare")
    String compare(@PathVariable int number, @RequestParam(required = false) Integer from, Model model, Locale locale) {
        MemorandumVersion to = read.version(number);
        if (from == null && to.basedOn() == null) {
            throw Problem.notFound();
        }
        MemorandumVersion older = read.version(from == null ? to.basedOn() : from);
        model.addAttribute("view", new MemorandumViews.ComparePage(older, to, older.label().in(locale),
                to.label().in(locale), read.compare(older.number(), number, Language.of(locale))));
        return "memorandum/compare";
    }
}
