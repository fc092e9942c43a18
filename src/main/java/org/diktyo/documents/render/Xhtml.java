package org.diktyo.documents.render;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Our pages as DOMs for the renderer: parsed without DTDs or external entities, by a parser kept
 * per thread (making one per page cost as much as parsing the page).
 */
final class Xhtml {

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

    private static final DocumentBuilderFactory FACTORY;

    static {
        JDK_XML_FACTORIES.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
        FACTORY = DocumentBuilderFactory.newInstance();
        FACTORY.setNamespaceAware(true);
        FACTORY.setExpandEntityReferences(false);
        try {
            FACTORY.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            FACTORY.setFeature("http://xml.org/sax/features/external-general-entities", false);
            FACTORY.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            FACTORY.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private Xhtml() {
    }

    /** Sets the JDK's XML factories (see above) before anything renders. */
    static void init() {
        // the static initialiser does the work
    }

    /** The page as a DOM: our templates write well-formed XHTML, with every value escaped. */
    static Document parse(String xhtml) {
        DocumentBuilder parser = PARSER.get();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("a document template wrote malformed XHTML", e);
        } finally {
            parser.reset();
        }
    }
}
