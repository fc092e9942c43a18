package org.diktyo.invitations.letters;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The placeholders a letter's text may hold, and how they are filled. A value that begins a
 * sentence (at the start of a paragraph, or after {@code . ! ;} and a space) gets a capital:
 * {@code {reception}, ο Δήμαρχος …} gives {@code Στις 20:00, ο Δήμαρχος …}.
 *
 * <ul>
 * <li>{@code {host}}: the meeting's host, {@code Ο Δήμαρχος Αθηναίων, Χάρης Δούκας}</li>
 * <li>{@code {meeting}}: the meeting's title</li>
 * <li>{@code {date}}: the day of its first part with its article, {@code τη Δευτέρα 17 Ιουνίου 2024} /
 * {@code on Monday 17 June 2024}</li>
 * <li>{@code {time}}: the first part's times, {@code 17:30 – 20:00}</li>
 * <li>{@code {venue}}: room and building of the first part, {@code Αίθουσα Δημοτικού Συμβουλίου, Δημαρχιακό Μέγαρο}</li>
 * <li>{@code {address}}: street, landmark and floor, {@code Αθηνάς 63, Πλ. Κοτζιά, 2ος όροφος}</li>
 * <li>{@code {reception}}: when the second part begins, {@code στις 20:00} / {@code at 20:00}</li>
 * <li>{@code {deadline}}: the last day to reply, {@code την Τρίτη 11 Ιουνίου 2024} / {@code Tuesday 11 June 2024}</li>
 * <li>{@code {municipality}}: the recipient's official name; {@code {mayor}}: the mayor's name</li>
 * <li>{@code {rsvp}}: the personal reply link</li>
 * </ul>
 */
final class Placeholders {

    static final Set<String> KNOWN = Set.of("host", "meeting", "date", "time", "venue", "address", "reception",
            "deadline", "municipality", "mayor", "rsvp");

    private Placeholders() {
    }

    /** {@code text} with each placeholder replaced by its value (every name must be in {@code values}). */
    static String fill(String text, Map<String, String> values) {
        Matcher m = LetterText.placeholderPattern().matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "}");
            }
            if (value.endsWith(",") && text.startsWith(",", m.end())) {
                value = value.substring(0, value.length() - 1); // the text closes the apposition itself
            }
            if (startsSentence(text, m.start())) {
                value = value.isEmpty() ? value : value.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + value.substring(1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || (i < at - 1 && ".!;".indexOf(text.charAt(i)) >= 0);
    }
}
