package org.diktyo.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into UTF-8 bytes and written to the response once. The starter's view
 * writes each of a template's pieces to the response's writer, through the wrappers of Spring
 * Security, Spring Session and the ETag filter, the last of which encodes and flushes on every
 * write: a reply page of 11 KB cost a third of its CPU time there (docs/benchmarks.md, ADR 0031
 * addendum). A template that fails half-way now writes nothing, so the error page is whole.
 */
@Configuration(proxyBeanMethods = false)
class BufferedPages {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new JteViewResolver(engine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new BufferedView(engine);
            }
        };
    }

    static final class BufferedView extends JteView {

        private final TemplateEngine engine;

        BufferedView(TemplateEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws Exception {
            Utf8ByteOutput page = new Utf8ByteOutput();
            engine.render(getUrl(), model, page);
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(page.getContentLength());
            page.writeTo(response.getOutputStream());
        }
    }
}
