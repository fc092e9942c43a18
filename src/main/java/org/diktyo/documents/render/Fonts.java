package org.diktyo.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts of our documents: DejaVu Sans from the {@code jasperreports-fonts} artifact (never
 * fetched at run time). Letters use the <em>text</em> cut, made once at start from the same
 * files with only the characters of Greek and Western European text (Latin, Greek, Cyrillic,
 * punctuation, currency and a few symbols): about a tenth of the glyphs, so each letter
 * embeds and subsets it many times faster, and without the ligature table (GSUB) that Greek
 * and Latin text do not need. Lists for the day, whose names may be in any script, use the
 * whole font.
 */
final class Fonts {

    static final String DIR = "net/sf/jasperreports/fonts/dejavu/";
    static final byte[] REGULAR = read(DIR + "DejaVuSans.ttf");
    static final byte[] BOLD = read(DIR + "DejaVuSans-Bold.ttf");
    static final byte[] TEXT_REGULAR = textCut(REGULAR);
    static final byte[] TEXT_BOLD = textCut(BOLD);

    private static final List<String> TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap", "post",
            "name", "OS/2", "cvt ", "fpgm", "prep", "gasp");

    private Fonts() {
    }

    /** Code points a Greek or English letter may hold. */
    static Set<Integer> textCodePoints() {
        Set<Integer> points = new TreeSet<>();
        IntStream.rangeClosed(0x20, 0x24F).forEach(points::add); // Latin, Latin-1, Extended-A/B
        IntStream.rangeClosed(0x370, 0x4FF).forEach(points::add); // Greek and Coptic, Cyrillic
        IntStream.rangeClosed(0x1F00, 0x1FFF).forEach(points::add); // Greek Extended (polytonic names)
        IntStream.rangeClosed(0x2000, 0x206F).forEach(points::add); // General Punctuation: – — ‘ ’ “ ” … ·
        IntStream.rangeClosed(0x20A0, 0x20CF).forEach(points::add); // currency: €
        IntStream.rangeClosed(0x2100, 0x215F).forEach(points::add); // letterlike: №, ™; number forms
        IntStream.rangeClosed(0x2190, 0x21FF).forEach(points::add); // arrows
        points.add(0xA0);
        points.add(0xFFFD);
        return points;
    }

    private static byte[] textCut(byte[] whole) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(whole))) {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Set<Integer> present = new TreeSet<>();
            for (int point : textCodePoints()) {
                if (cmap.getGlyphId(point) != 0) {
                    present.add(point);
                }
            }
            subsetter.addAll(present);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return withoutTables(out.toByteArray(), Set.of("GSUB", "GPOS", "GDEF", "MATH"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with the named tables hidden: their entries in the table directory get a tag no
     * reader knows ({@code xx01}…), so PDFBox neither parses nor applies them (the subsetter
     * keeps every table it is given, whatever it is asked).
     */
    static byte[] withoutTables(byte[] font, Set<String> tags) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        int hidden = 0;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(copy, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (tags.contains(tag)) {
                byte[] replacement = String.format("xx%02d", hidden++).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
                System.arraycopy(replacement, 0, copy, entry, 4);
            }
        }
        return copy;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
