package org.diktyo.platform;

/**
 * Text for spreadsheet cells that a spreadsheet program will never run as a formula: a value
 * beginning with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe
 * (OWASP's advice on CSV injection). A phone number in international form ({@code +30 210 …})
 * is left readable: made of digits, spaces, dots, hyphens and brackets only, it can name
 * neither a function nor a cell, so nothing in it can run.
 */
public final class SpreadsheetCells {

    /** A plus, a digit, then only digits and separators: 7 to 15 digits in all (ITU-T E.164). */
    private static final java.util.regex.Pattern PHONE =
            java.util.regex.Pattern.compile("\\+[0-9](?:[ .()-]{0,2}[0-9]){6,14}");

    private SpreadsheetCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '+' && PHONE.matcher(value).matches()) {
            return value;
        }
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
