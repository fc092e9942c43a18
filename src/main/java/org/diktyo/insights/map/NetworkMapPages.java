package org.diktyo.insights.map;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /network}: the public map of the members with the table beside it; {@code /network/map.svg} the image alone. */
@Controller
class NetworkMapPages {

    private final DrawNetworkMap draw;
    private final SeatMap seats;
    private final MessageSource messages;

    NetworkMapPages(DrawNetworkMap draw, SeatMap seats, MessageSource messages) {
        this.draw = draw;
        this.seats = seats;
        this.messages = messages;
    }

    @GetMapping("/network")
    String network(@RequestParam(defaultValue = "false") String candidates, Model model, Locale locale) {
        NetworkMap map = draw.draw("true".equals(candidates), locale);
        boolean english = org.diktyo.language.Language.english(locale);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
        List<MapView.Row> rows = map.entries().stream().map(e -> new MapView.Row(e.number(), e.place().id(),
                english ? e.place().officialNameEn() : e.place().officialNameEl(),
                english ? e.place().regionEn() : e.place().regionEl(),
                e.place().joinedYear() == null ? "" : e.place().joinedMonth() == null ? e.place().joinedYear().toString()
                        : month.format(YearMonth.of(e.place().joinedYear(), e.place().joinedMonth())),
                e.member(), e.drawn())).toList();
        model.addAttribute("view", new MapView(svg(map, locale, false), rows, map.candidates(), map.members(),
                map.regions()));
        return "insights/network";
    }

    @GetMapping(path = "/network/map.svg", produces = "image/svg+xml")
    ResponseEntity<String> image(@RequestParam(defaultValue = "false") String candidates, Locale locale) {
        NetworkMap map = draw.draw("true".equals(candidates), locale);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .body(svg(map, locale, true));
    }

    private String svg(NetworkMap map, Locale locale, boolean standalone) {
        return MapSvg.render(map, seats, messages.getMessage("insights.map.title", null, locale),
                messages.getMessage("insights.map.description", new Object[] {map.members(), map.regions()}, locale),
                messages.getMessage("insights.map.inset.attica", null, locale),
                messages.getMessage("insights.map.inset.thessaloniki", null, locale), standalone);
    }
}
