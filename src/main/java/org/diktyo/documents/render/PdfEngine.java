package org.diktyo.documents.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns an XHTML page into a tagged (PDF/UA) archival (PDF/A-3a) A4 PDF with its fonts
 * embedded. Fonts and the colour profile are read once from the class path and shared by
 * every rendering; each rendering is independent, so several threads may render at once.
 *
 * <p>Nothing is fetched while rendering: http, https, ftp, jar and file URIs are refused, the
 * only resources allowed are {@code data:} images (QR codes) and styles written into the page.
 */
public final class PdfEngine {

    /** The letters' family: DejaVu Sans cut to Greek and Western text ({@link Fonts}). */
    public static final String TEXT_FAMILY = "Diktyo Text";
    /** The whole DejaVu Sans, for names in any script. */
    public static final String FAMILY = "DejaVu Sans";

    private static final Set<String> REFUSED = Set.of("http", "https", "ftp", "file", "jar", "classpath");

    private record Face(String family, byte[] bytes, int weight) {
    }

    private static final List<Face> FACES = List.of(
            new Face(TEXT_FAMILY, Fonts.TEXT_REGULAR, 400), new Face(TEXT_FAMILY, Fonts.TEXT_BOLD, 700),
            new Face(FAMILY, Fonts.REGULAR, 400), new Face(FAMILY, Fonts.BOLD, 700));
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * The JDK's own XML factories, named so that each rendering does not search the class path
     * for others (a search per factory per document was a tenth of the rendering time). Set only
     * where nothing else is configured, and only to what the search would have found: no other
     * implementation is on the class path.
     */
    private static final Map<String, String> JDK_XML_FACTORIES = Map.of(
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");

    private static final DocumentBuilderFactory XHTML;

    static {
        XRLog.setLoggingEnabled(false);
        javax.imageio.ImageIO.setUseCache(false); // QR codes are tiny: decode them in memory, not through temporary files
        JDK_XML_FACTORIES.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
        XHTML = DocumentBuilderFactory.newInstance();
        XHTML.setNamespaceAware(true);
        XHTML.setExpandEntityReferences(false);
        try {
            XHTML.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XHTML.setFeature("http://xml.org/sax/features/external-general-entities", false);
            XHTML.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            XHTML.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parser per thread, reset after each page: making one per page cost as much as the parse. */
    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            return XHTML.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private PdfEngine() {
    }

    /** Renders {@code xhtml} (a whole, well-formed page) to PDF bytes. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(xhtml, out);
        return out.toByteArray();
    }

    public static void render(String xhtml, OutputStream out) {
        FontSet fonts = FontSet.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
            builder.useColorProfile(SRGB);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
            for (int i = 0; i < FACES.size(); i++) {
                Face face = FACES.get(i);
                builder.useFont(new LazyFont(document, fonts, i), face.family(), face.weight(), FontStyle.NORMAL,
                        true);
            }
            configure(builder, xhtml, out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            fonts.giveBack();
        }
    }

    private static void configure(PdfRendererBuilder builder, String xhtml, OutputStream out) {
        builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.useProtocolsStreamImplementation(new Refusing(), REFUSED);
        builder.withProducer("Diktyo");
        builder.withW3cDocument(parse(xhtml), "about:blank");
        builder.toStream(out);
    }

    /**
     * Parsed fonts, kept between renderings: parsing a TrueType file is most of the cost of a
     * short document. A parsed font is used by one rendering at a time (it is not thread-safe);
     * a set is borrowed for a rendering and given back after, so there are at most as many sets
     * as renderings running at once.
     */
    private static final class FontSet {
        private static final Queue<FontSet> IDLE = new ConcurrentLinkedQueue<>();
        final TrueTypeFont[] faces;

        private FontSet() {
            faces = new TrueTypeFont[FACES.size()];
        }

        /** Parsed when first used: a letter never needs the whole fonts. */
        TrueTypeFont face(int i) {
            if (faces[i] == null) {
                try {
                    faces[i] = new TTFParser().parse(new RandomAccessReadBuffer(FACES.get(i).bytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return faces[i];
        }

        static FontSet borrow() {
            FontSet set = IDLE.poll();
            return set != null ? set : new FontSet();
        }

        void giveBack() {
            IDLE.add(this);
        }
    }

    /** Embeds a parsed font (as a subset) in the document only if the page uses it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final FontSet fonts;
        private final int face;
        private PDFont loaded;

        LazyFont(PDDocument document, FontSet fonts, int face) {
            super(null);
            this.document = document;
            this.fonts = fonts;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (loaded == null) {
                try {
                    loaded = PDType0Font.load(document, fonts.face(face), true);
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
        public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> initial) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return initial.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    };

    /** The page as a DOM: our templates write well-formed XHTML, with every value escaped. */
    private static Document parse(String xhtml) {
        DocumentBuilder parser = PARSER.get();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("a document template wrote malformed XHTML", e);
        } finally {
            parser.reset();
        }
    }

    /** A stream factory that never opens anything: a remote or local resource named in a page stays out. */
    public static final class Refusing implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            throw new SecurityException("resources are not fetched while rendering documents: " + url);
        }
    }

}
