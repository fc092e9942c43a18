package org.diktyo.platform;

/**
 * Text for spreadsheet cells that a spreadsheet program will never run as a formula: a value
 * beginning with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe
 * (OWASP's advice on CSV injection).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** A CSV field: neutralised, and quoted when it holds a separator, a quote or a line break. */
    public static String csv(String value) {
        String safe = safe(value);
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || safe.indexOf(';') >= 0) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
