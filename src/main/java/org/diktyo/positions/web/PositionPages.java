package org.diktyo.positions.web;

import java.util.List;
import java.util.Locale;

import org.diktyo.platform.LanguageParameter;
import org.diktyo.positions.domain.Addressee;
import org.diktyo.positions.domain.AddresseeRole;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.ReadPositions;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /positions}: the positions the network sent, for everyone: text, date, addressees, the
 * municipalities that signed, the letter in Greek and its English translation. Anyone signed in
 * also reads a position before it is sent.
 */
@Controller
class PositionPages {

    private final ReadPositions read;
    private final org.diktyo.positions.domain.RecordResponse responses;
    private final org.diktyo.positions.domain.CompareCorrections corrections;
    private final org.diktyo.positions.domain.EndorsePosition endorsements;

    PositionPages(ReadPositions read, org.diktyo.positions.domain.RecordResponse responses,
            org.diktyo.positions.domain.CompareCorrections corrections,
            org.diktyo.positions.domain.EndorsePosition endorsements) {
        this.endorsements = endorsements;
        this.read = read;
        this.responses = responses;
        this.corrections = corrections;
    }

    /** What the corrections of the text changed, word by word (whoever may read the position). */
    @GetMapping("/positions/{positionId}/changes")
    String changes(@PathVariable String positionId, Model model, Locale locale) {
        Position p = read.one(positionId);
        model.addAttribute("view", new PositionViews.ChangesPage(p.title().in(locale), "/positions/" + positionId,
                PositionViews.ChangeView.of(corrections.of(positionId, locale))));
        return "positions/changes";
    }

    @GetMapping("/positions")
    String list(Model model, Locale locale) {
        model.addAttribute("view", new PositionViews.ListPage(read.list(null).stream().filter(p -> p.state().published())
                .map(p -> PositionViews.Row.of(p, locale)).toList(), false));
        return "positions/list";
    }

    @GetMapping("/positions/{positionId}")
    String one(@PathVariable String positionId, Model model, Locale locale) {
        Position p = read.one(positionId);
        List<Addressee> addressees = read.addressees(positionId);
        model.addAttribute("view", new PositionViews.PositionPage(p, p.title().in(locale), p.subject().in(locale),
                p.sentOn() == null ? null : org.diktyo.language.DatePhrases.plain(p.sentOn(), locale),
                addressees.stream().filter(a -> a.role() == AddresseeRole.TO).map(Addressee::body).toList(),
                addressees.stream().filter(a -> a.role() == AddresseeRole.CC).map(Addressee::body).toList(),
                PositionViews.ClauseView.of(read.clauses(positionId), locale),
                read.signatures(positionId).stream().filter(s -> s.counts(p.textHash())).toList(),
                PositionViews.deadline(p, locale),
                responses.of(positionId).stream().map(r -> PositionViews.ResponseView.of(r, locale)).toList(),
                endorsements.of(positionId).stream().map(e -> e.name().in(locale)).toList()));
        return "positions/position";
    }

    /** The letter in the language asked ({@code lang=el|en}), else the reader's. */
    @GetMapping("/positions/{positionId}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String positionId, @RequestParam(required = false) String lang,
            Locale reader) {
        Locale locale = lang == null ? reader : LanguageParameter.locale(lang);
        return PositionsApi.pdf(read.letter(positionId, locale), positionId, locale);
    }
}
