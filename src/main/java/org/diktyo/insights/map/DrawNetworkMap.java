package org.diktyo.insights.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.language.GreekText;
import org.diktyo.network.MembershipStats;
import org.diktyo.network.MembershipStats.Place;
import org.diktyo.network.MembershipStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The public map of the network: the members (and, by choice, the candidates) in the
 * registry's region order then by name in the reader's collation, numbered, each placed at its
 * seat. A municipality whose seat is unknown is listed, not drawn, and logged.
 */
@Service
public class DrawNetworkMap {

    private static final Logger log = LoggerFactory.getLogger(DrawNetworkMap.class);

    private final MembershipStats stats;
    private final SeatMap seats;

    DrawNetworkMap(MembershipStats stats, SeatMap seats) {
        this.stats = stats;
        this.seats = seats;
    }

    public NetworkMap draw(boolean candidates, Locale locale) {
        List<Place> places = stats.places(candidates ? List.of(MembershipStatus.MEMBER, MembershipStatus.CANDIDATE)
                : List.of(MembershipStatus.MEMBER));
        Comparator<String> names = GreekText.collator(locale);
        Map<String, List<Place>> byRegion = new LinkedHashMap<>();
        places.forEach(p -> byRegion.computeIfAbsent(p.regionId(), r -> new ArrayList<>()).add(p));
        List<NetworkMap.Entry> entries = new ArrayList<>();
        for (List<Place> region : byRegion.values()) {
            region.sort(Comparator.comparing(p -> english(locale) ? p.officialNameEn() : p.officialNameEl(), names));
            for (Place place : region) {
                var seat = seats.seat(place.sourceId()).orElse(null);
                if (seat == null) {
                    log.info("map: no seat known for {}, listed but not drawn", place.id());
                }
                entries.add(new NetworkMap.Entry(entries.size() + 1, place, seat,
                        seat == null ? null : SeatMap.project(seat.lat(), seat.lon())));
            }
        }
        return new NetworkMap(List.copyOf(entries), candidates);
    }

    private static boolean english(Locale locale) {
        return org.diktyo.language.Language.english(locale);
    }

}
