package org.diktyo.drafting;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Clause text is CommonMark without HTML: raw HTML is refused when written ({@link #hasHtml})
 * and escaped when shown, so that a pasted {@code <script>} is never markup.
 */
public final class ClauseMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private ClauseMarkdown() {
    }

    /** The text as safe XHTML-compatible HTML. */
    public static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** Whether the text holds raw HTML (a tag, a comment), which a clause may not. */
    public static boolean hasHtml(String markdown) {
        boolean[] found = {false};
        PARSER.parse(markdown == null ? "" : markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                found[0] = true;
            }

            @Override
            public void visit(HtmlBlock html) {
                found[0] = true;
            }

            @Override
            protected void visitChildren(Node parent) {
                if (!found[0]) {
                    super.visitChildren(parent);
                }
            }
        });
        return found[0];
    }
}
