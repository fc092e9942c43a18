package org.diktyo.insights.map;

import java.util.List;

import org.diktyo.network.MembershipStats.Place;

/** What the map shows: each municipality with its number, and its point unless its seat is unknown. */
public record NetworkMap(List<Entry> entries, boolean candidates) {

    /** One municipality on the map and in the table beside it. */
    public record Entry(int number, Place place, SeatMap.Seat seat, SeatMap.Point point) {

        public boolean drawn() {
            return point != null;
        }

        public boolean member() {
            return place.status() == org.diktyo.network.MembershipStatus.MEMBER;
        }
    }

    public long members() {
        return entries.stream().filter(Entry::member).count();
    }

    public long regions() {
        return entries.stream().filter(Entry::member).map(e -> e.place().regionId()).distinct().count();
    }
}
