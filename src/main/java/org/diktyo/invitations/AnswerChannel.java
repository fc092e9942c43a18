package org.diktyo.invitations;

/** How an answer came: through the invitation's personal link, or by phone (recorded by the secretariat). */
public enum AnswerChannel {
    LINK, PHONE;

    /** The channel stored as {@code name}; null for none. */
    public static AnswerChannel of(String name) {
        return name == null ? null : valueOf(name);
    }
}
