package org.diktyo.drafting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a text's Greek clauses in order: key, number, heading and text of each joined by
 * U+001F, clauses by U+001E, in NFC, with {@code \n} line ends and no trailing spaces. What a
 * municipality adopted is this hash; English edits do not change it.
 */
public final class TextHash {

    private static final Pattern TRAILING = Pattern.compile("[ \\t]+(?=\n|$)");

    private TextHash() {
    }

    public static String of(List<Clause> clauses) {
        StringBuilder all = new StringBuilder();
        for (Clause clause : clauses) {
            if (all.length() > 0) {
                all.append('\u001E');
            }
            all.append(canonical(clause));
        }
        return sha256(all.toString());
    }

    static String revision(Clause clause) {
        return sha256(canonical(clause));
    }

    private static String canonical(Clause clause) {
        return String.join("\u001F", clean(clause.key()), clean(clause.number().el()), clean(clause.heading().el()),
                clean(clause.text().el()));
    }

    private static String clean(String text) {
        String lines = (text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n');
        return TRAILING.matcher(Normalizer.normalize(lines, Normalizer.Form.NFC)).replaceAll("");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
