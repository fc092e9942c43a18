package org.diktyo.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * An address with a variable in it ({@code /r/{token}}) is matched by Spring against every one of
 * the application's ~400 mappings, each checking the method, the parameters, the headers, the
 * content types — every check reading the request through the eight wrappers of the filters —
 * and only then the path. On the reply page that was a sixth of its CPU time. The path is
 * checked first here: a mapping whose path does not match is passed over with one read; one
 * whose path does is checked in full, as before. What is found, and the 404, 405 and 415 when
 * nothing is, are unchanged (those are worked out separately from every mapping's conditions).
 */
@Component
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
                PathPatternsRequestCondition paths = info.getPathPatternsCondition();
                if (paths != null && paths.getMatchingCondition(request) == null) {
                    return null;
                }
                return super.getMatchingMapping(info, request);
            }
        };
    }
}
