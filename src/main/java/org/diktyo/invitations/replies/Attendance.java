package org.diktyo.invitations.replies;

/** A municipality's answer for one part, as the reply form and the API write it. */
public enum Attendance {
    ATTEND, DECLINE;

    /** The answer as stored: attending or not. */
    public static Attendance of(boolean attending) {
        return attending ? ATTEND : DECLINE;
    }

    /** Whether {@code answer}, as posted, is {@link #ATTEND}. */
    static boolean attends(String answer) {
        return ATTEND.name().equals(answer);
    }

    /** Whether {@code answer}, as posted, is one of these. */
    static boolean known(String answer) {
        return ATTEND.name().equals(answer) || DECLINE.name().equals(answer);
    }
}
