package org.diktyo.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.language.Bilingual;
import org.diktyo.language.Floors;
import org.diktyo.language.Postcodes;

/**
 * Where a part of a meeting takes place, and how it is written in one language — the one
 * place that does so for pages, mails, letters and calendar files. A field in English that is
 * blank falls back to the Greek; blank fields are left out; the postcode is written in its
 * two groups ({@code 105 52}).
 *
 * <ul>
 * <li>{@link #place}: {@code Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο}</li>
 * <li>{@link #street}: {@code Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος}</li>
 * <li>{@link #address}: {@code Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος, 105 52 Αθήνα}</li>
 * <li>{@link #location}: the place and the address together, as a calendar's {@code LOCATION}</li>
 * </ul>
 */
public record Venue(String roomEl, String roomEn, String venueEl, String venueEn, String streetEl, String streetEn,
        String landmarkEl, String landmarkEn, Integer floor, String postcode, String cityEl, String cityEn) {

    /** The room and the venue. */
    public String place(Locale locale) {
        List<String> pieces = new ArrayList<>();
        add(pieces, Bilingual.of(roomEl, roomEn).in(locale));
        add(pieces, Bilingual.of(venueEl, venueEn).in(locale));
        return String.join(", ", pieces);
    }

    /** The street, the landmark and the floor: the address without the town. */
    public String street(Locale locale) {
        List<String> pieces = new ArrayList<>();
        add(pieces, Bilingual.of(streetEl, streetEn).in(locale));
        add(pieces, Bilingual.of(landmarkEl, landmarkEn).in(locale));
        if (floor != null) {
            pieces.add(Floors.floor(floor, locale));
        }
        return String.join(", ", pieces);
    }

    /** The street, the landmark, the floor, the postcode and the town. */
    public String address(Locale locale) {
        List<String> pieces = new ArrayList<>();
        add(pieces, street(locale));
        add(pieces, town(locale));
        return String.join(", ", pieces);
    }

    /** The place and the address. */
    public String location(Locale locale) {
        List<String> pieces = new ArrayList<>();
        add(pieces, place(locale));
        add(pieces, address(locale));
        return String.join(", ", pieces);
    }

    /** {@code 105 52 Αθήνα}. */
    private String town(Locale locale) {
        List<String> pieces = new ArrayList<>();
        add(pieces, Postcodes.isValid(postcode) ? Postcodes.format(postcode) : postcode);
        add(pieces, Bilingual.of(cityEl, cityEn).in(locale));
        return String.join(" ", pieces);
    }

    private static void add(List<String> pieces, String value) {
        if (value != null && !value.isBlank()) {
            pieces.add(value.strip());
        }
    }
}
