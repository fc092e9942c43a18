package org.diktyo.documents.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns an XHTML page into a tagged (PDF/UA) archival (PDF/A-3a) A4 PDF with its fonts
 * embedded. Fonts ({@link FontPool}) and the colour profile are read once and shared by every
 * rendering; each rendering is independent, so several threads may render at once.
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

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggingEnabled(false);
        javax.imageio.ImageIO.setUseCache(false); // QR codes are tiny: decode them in memory, not through temporary files
        Xhtml.init();
    }

    private PdfEngine() {
    }

    /** Renders {@code xhtml} (a whole, well-formed page) to PDF bytes. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(xhtml, out);
        return out.toByteArray();
    }

    public static void render(String xhtml, OutputStream out) {
        FontPool fonts = FontPool.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
            builder.useColorProfile(SRGB);
            fonts.addTo(builder, document);
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
        builder.withW3cDocument(Xhtml.parse(xhtml), "about:blank");
        builder.toStream(out);
    }

    /** A stream factory that never opens anything: a remote or local resource named in a page stays out. */
    public static final class Refusing implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            throw new SecurityException("resources are not fetched while rendering documents: " + url);
        }
    }
}
