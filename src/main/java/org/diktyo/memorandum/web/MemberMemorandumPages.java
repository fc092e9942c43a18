package org.diktyo.memorandum.web;

import java.util.Locale;

import org.diktyo.language.DatePhrases;
import org.diktyo.memorandum.domain.ReadOwnAdoption;
import org.diktyo.network.Registry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /account/municipality/memorandum}: a focal point's view of the memorandum for its own
 * municipality (the version in force, its adoption, the next step) and the way to the adoption
 * form: a new personal link, the page the mayor's mail opens.
 */
@Controller
class MemberMemorandumPages {

    private final ReadOwnAdoption own;
    private final Registry registry;

    MemberMemorandumPages(ReadOwnAdoption own, Registry registry) {
        this.own = own;
        this.registry = registry;
    }

    @GetMapping("/account/municipality/memorandum")
    String page(Model model, Locale locale) {
        ReadOwnAdoption.Own o = own.own();
        var a = o.adoption();
        model.addAttribute("view", new MemorandumViews.OwnPage(o,
                o.municipalityId() == null ? null
                        : registry.names(o.municipalityId()).map(n -> n.officialName().in(locale)).orElse(o.municipalityId()),
                o.inForce() == null || o.inForce().inForceFrom() == null ? null : DatePhrases.date(o.inForce().inForceFrom(), locale),
                a == null || a.decisionDate() == null ? null : DatePhrases.plain(a.decisionDate(), locale)));
        return "memorandum/own";
    }

    @PostMapping("/account/municipality/memorandum/adoption-form")
    String form() {
        return "redirect:/memorandum/adopt/" + own.formLink();
    }
}
