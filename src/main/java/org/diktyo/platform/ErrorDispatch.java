package org.diktyo.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container forwards to its error path: no handler for a path, a filter's
 * refusal or failure. The path decides the form of the answer, never the {@code Accept} header:
 * under {@code /api/} a problem detail, anywhere else the error page, both in the reader's
 * language. It takes the place of Spring Boot's own error controller (ADR 0014).
 */
@Controller
class ErrorDispatch implements ErrorController {

    private final MessageSource messages;
    private final ViewerResolver viewers;

    ErrorDispatch(MessageSource messages, ViewerResolver viewers) {
        this.messages = messages;
        this.viewers = viewers;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    Object error(HttpServletRequest request) {
        Problem problem = problemOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail body = ProblemDetails.of(messages, LocaleContextHolder.getLocale(), problem);
            body.setInstance(java.net.URI.create(path));
            return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
        ModelAndView page = WebErrors.page(problem.status(), problem.key(), problem.args());
        page.addObject(UiModel.ATTRIBUTE, UiModel.build(request, messages, viewers));
        return page;
    }

    /** A {@link Problem} thrown by a filter keeps its status and text; anything else has the container's status. */
    private static Problem problemOf(HttpServletRequest request) {
        Throwable thrown = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof Problem problem) {
                return problem;
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (thrown != null && status.is5xxServerError()) {
            org.slf4j.LoggerFactory.getLogger(ErrorDispatch.class).error("unexpected error outside a controller", thrown);
        }
        return new Problem(status, keyOf(status));
    }

    /** The message that explains a status to the reader. */
    static String keyOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "platform.error.notFound";
            case FORBIDDEN -> "platform.error.forbidden";
            case CONTENT_TOO_LARGE -> "platform.error.tooLarge";
            case METHOD_NOT_ALLOWED -> "platform.error.method";
            default -> status.is4xxClientError() ? "platform.error.badRequest" : "platform.error.unexpected";
        };
    }
}
