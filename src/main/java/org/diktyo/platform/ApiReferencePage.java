package org.diktyo.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api-docs.html}: the API reference as a server-rendered page made from the live
 * OpenAPI document, readable without JavaScript and with assistive technology (it replaces
 * Swagger UI, which axe found inaccessible: docs/adr/0017).
 */
@Controller
class ApiReferencePage {

    static final String PAGE = "platform/apiReference";

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json;

    ApiReferencePage(OpenApiWebMvcResource openApi, JsonMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    @GetMapping("/api-docs.html")
    String reference(HttpServletRequest request, Locale locale, Model model) throws Exception {
        model.addAttribute("api", ApiReference.of(json.readTree(openApi.openapiJson(request, "/v3/api-docs", locale))));
        return PAGE;
    }
}
