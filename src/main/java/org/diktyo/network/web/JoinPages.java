package org.diktyo.network.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.diktyo.language.GreekText;
import org.diktyo.links.LinkGuesses;
import org.diktyo.network.domain.Geography;
import org.diktyo.network.domain.JoinForm;
import org.diktyo.network.domain.JoinTheNetwork;
import org.diktyo.network.domain.ManageRegistry;
import org.diktyo.network.domain.Municipalities;
import org.diktyo.network.domain.Municipality;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Join the network", public and without JavaScript: the form (the municipality chosen from the
 * registry, grouped by region in Greek order), the page that says the link is on its way (the
 * same whatever was sent), and the page of the link that confirms the request.
 */
@Controller
class JoinPages {

    static final String JOIN = "network/join";
    static final String SENT = "network/joinSent";
    static final String CONFIRMED = "network/joinConfirmed";
    static final String CONFIRM = "network/joinConfirm";

    private final JoinTheNetwork joins;
    private final Municipalities municipalities;
    private final Geography geography;
    private final ManageRegistry registry;
    private final LinkGuesses guesses;
    private final Names.Factory names;

    JoinPages(JoinTheNetwork joins, Municipalities municipalities, Geography geography, ManageRegistry registry,
            LinkGuesses guesses, Names.Factory names) {
        this.names = names;
        this.joins = joins;
        this.municipalities = municipalities;
        this.geography = geography;
        this.registry = registry;
        this.guesses = guesses;
    }

    /** The form; {@code ?municipality=} (the link of a letter to its mayor) chooses the municipality, if it exists. */
    @GetMapping("/join")
    String form(@RequestParam(required = false) String municipality, Model model, Locale locale) {
        String chosen = municipality != null && municipality.length() <= 80 && municipalities.existsById(municipality) ? municipality : "";
        return form(model, JoinForm.forMunicipality(chosen), FormErrors.NONE, locale);
    }

    @PostMapping("/join")
    String join(@ModelAttribute JoinForm form, BindingResult binding, Model model, Locale locale,
            HttpServletRequest request) {
        joins.admit(request.getRemoteAddr());
        try {
            joins.request(form);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> form(model, form, FormErrors.of(problem), locale));
        }
        return "redirect:/join/sent";
    }

    @GetMapping("/join/sent")
    String sent() {
        return SENT;
    }

    /** The link of the mail: a page with the button that confirms (opening the link alone confirms nothing). */
    @GetMapping("/join/confirm/{token}")
    String confirmation(@PathVariable String token, Model model, Locale locale, HttpServletRequest request) {
        String id = guesses.guarded(request, () -> joins.pending(token));
        model.addAttribute("view", new AccessionViews.Confirm(registry.municipality(id).officialName().in(locale),
                "/join/confirm/" + token));
        return CONFIRM;
    }

    @PostMapping("/join/confirm/{token}")
    String confirm(@PathVariable String token, Model model, Locale locale, HttpServletRequest request) {
        String id = guesses.guarded(request, () -> joins.confirm(token));
        model.addAttribute("view", new AccessionViews.Confirmed(registry.municipality(id).officialName().in(locale)));
        return CONFIRMED;
    }

    String form(Model model, JoinForm form, FormErrors errors, Locale locale) {
        Map<String, List<Municipality>> byRegion = new LinkedHashMap<>();
        geography.regions().forEach(r -> byRegion.put(r.id(), new ArrayList<>()));
        municipalities.findAll().forEach(m -> byRegion.computeIfAbsent(m.regionId(), k -> new ArrayList<>()).add(m));
        var collator = GreekText.collator(locale);
        List<AccessionViews.RegionGroup> groups = new ArrayList<>();
        for (var region : geography.regions()) {
            Map<String, String> options = new LinkedHashMap<>();
            byRegion.get(region.id()).stream()
                    .sorted((a, b) -> collator.compare(a.officialName().in(locale), b.officialName().in(locale)))
                    .forEach(m -> options.put(m.id(), m.officialName().in(locale)));
            if (!options.isEmpty()) {
                groups.add(new AccessionViews.RegionGroup(names.in(locale).region(region.id()), options));
            }
        }
        model.addAttribute("view", new AccessionViews.Join(form, errors, groups));
        return JOIN;
    }
}
