package org.diktyo.documents.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The documents' JTE templates ({@code src/main/jte/documents}), precompiled with the build. */
public final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Templates() {
    }

    public static String render(String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, model, out);
        return out.toString();
    }
}
