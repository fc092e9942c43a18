package org.diktyo.language;

/**
 * A subject with a name in apposition, {@code Ο Δήμαρχος Αθηναίων, Χάρης Δούκας}: the name is
 * set off by commas on both sides, so before the verb it takes a closing comma —
 * {@code Ο Δήμαρχος Αθηναίων, Χάρης Δούκας, σας προσκαλεί} / {@code The Mayor of Athens, Haris
 * Doukas, invites you}. A subject without a comma ({@code Το Δίκτυο Πόλεων}) gets none.
 */
public final class Apposition {

    private Apposition() {
    }

    /** {@code subject} with the comma that closes its apposition, if it has one. */
    public static String closed(String subject) {
        if (subject == null) {
            return null;
        }
        String s = subject.strip();
        return s.contains(",") && !s.endsWith(",") ? s + "," : s;
    }
}
