package org.diktyo.documents.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Parsed fonts, kept between renderings: parsing a TrueType file is most of the cost of a
 * short document. A parsed font is used by one rendering at a time (it is not thread-safe);
 * a set is borrowed for a rendering and given back after, so there are at most as many sets
 * as renderings running at once. Font metrics are shared by all renderings.
 */
final class FontPool {

    private record Face(String family, byte[] bytes, int weight) {
    }

    private static final List<Face> FACES = List.of(
            new Face(PdfEngine.TEXT_FAMILY, Fonts.TEXT_REGULAR, 400), new Face(PdfEngine.TEXT_FAMILY, Fonts.TEXT_BOLD, 700),
            new Face(PdfEngine.FAMILY, Fonts.REGULAR, 400), new Face(PdfEngine.FAMILY, Fonts.BOLD, 700));

    private static final Queue<FontPool> IDLE = new ConcurrentLinkedQueue<>();

    private final TrueTypeFont[] faces = new TrueTypeFont[FACES.size()];

    private FontPool() {
    }

    static FontPool borrow() {
        FontPool set = IDLE.poll();
        return set != null ? set : new FontPool();
    }

    void giveBack() {
        IDLE.add(this);
    }

    /** Offers every face to the rendering of {@code document}; a face is embedded only if the page uses it. */
    void addTo(PdfRendererBuilder builder, PDDocument document) {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
        for (int i = 0; i < FACES.size(); i++) {
            Face face = FACES.get(i);
            builder.useFont(new LazyFont(document, i), face.family(), face.weight(), FontStyle.NORMAL, true);
        }
    }

    /** Parsed when first used: a letter never needs the whole fonts. */
    private TrueTypeFont face(int i) {
        if (faces[i] == null) {
            try {
                faces[i] = new TTFParser().parse(new RandomAccessReadBuffer(FACES.get(i).bytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return faces[i];
    }

    /** Embeds a parsed font (as a subset) in the document only if the page uses it. */
    private final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final int face;
        private PDFont loaded;

        LazyFont(PDDocument document, int face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, face(face), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return loaded;
        }
    }

    private static final FSCacheEx<String, FSCacheValue> METRICS = new FSCacheEx<>() {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> initial) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return initial.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    };
}
