package org.diktyo.badinput;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of the application that takes input to change something, read from its real mappings. */
final class WriteEndpoints {

    private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
            RequestMethod.DELETE);

    private WriteEndpoints() {
    }

    /** {@code "POST /api/v1/meetings/{id}/parts"}, …: every write method of every mapping but the error page. */
    static Set<String> all(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? WRITES : methods) {
                    if (WRITES.contains(method)) {
                        endpoints.add(method + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    static Set<String> api(RequestMappingHandlerMapping mappings) {
        Set<String> api = new TreeSet<>(all(mappings));
        api.removeIf(e -> !e.contains(" /api/"));
        return api;
    }

    static Set<String> pages(RequestMappingHandlerMapping mappings) {
        Set<String> pages = new TreeSet<>(all(mappings));
        pages.removeIf(e -> e.contains(" /api/"));
        return pages;
    }
}
