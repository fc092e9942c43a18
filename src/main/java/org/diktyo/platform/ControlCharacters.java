package org.diktyo.platform;

/**
 * The characters no text of the platform may hold: the control characters of Unicode (C0, DEL
 * and C1; NUL among them, which PostgreSQL cannot store) other than tab, line feed and carriage
 * return, which multi-line text needs; and halves of surrogate pairs standing alone, which are
 * no character at all. The one rule behind the JSON of the API and the forms of the pages.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code text} holds a character that is not allowed. */
    public static boolean any(String text) {
        return text != null && firstRefused(text) >= 0;
    }

    /** {@code text} without the characters that are not allowed (the same instance when there are none). */
    public static String removed(String text) {
        if (text == null || firstRefused(text) < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!refused(text, i)) {
                kept.append(text.charAt(i));
            }
        }
        return kept.toString();
    }

    private static int firstRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (refused(text, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(String text, int i) {
        char c = text.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        if (Character.isISOControl(c)) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
