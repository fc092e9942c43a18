package org.diktyo.platform;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages refuse with a page of their own in the user's language: not found, forbidden, bad
 * request; anything unexpected shows a plain apology, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
class WebErrors {

    static final String VIEW = "platform/error";

    private final MessageSource messages;
    private final ViewerResolver viewers;

    WebErrors(MessageSource messages, ViewerResolver viewers) {
        this.messages = messages;
        this.viewers = viewers;
    }

    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem problem, HttpServletRequest request) {
        return withUi(page(problem.status(), problem.key(), problem.args()), request);
    }

    @ExceptionHandler(TooManyRequests.class)
    ModelAndView tooMany(TooManyRequests problem, HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()));
        return problem(problem, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return withUi(page(HttpStatus.BAD_REQUEST, "platform.error.parameter", e.getName()), request);
    }

    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    ModelAndView conflict(Exception e, HttpServletRequest request) {
        return withUi(page(HttpStatus.CONFLICT, "platform.error.conflict"), request);
    }

    /**
     * Anything else a page's controller throws: a page in the reader's language with the status
     * the exception carries (500 when it carries none, logged), whatever the client accepts.
     * Refusals of sign-in and access go on to Spring Security.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        HttpStatus status = e instanceof org.springframework.web.ErrorResponse known
                ? HttpStatus.resolve(known.getStatusCode().value()) : null;
        if (status == null || status.is5xxServerError()) {
            org.slf4j.LoggerFactory.getLogger(WebErrors.class).error("unexpected error on a page", e);
            status = status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
        }
        return withUi(page(status, ErrorDispatch.keyOf(status)), request);
    }

    /** Exception handlers do not get the model of {@link UiModel}; the page needs it all the same. */
    private ModelAndView withUi(ModelAndView page, HttpServletRequest request) {
        page.addObject(UiModel.ATTRIBUTE, UiModel.build(request, messages, viewers));
        return page;
    }

    static ModelAndView page(HttpStatus status, String key, Object... args) {
        ModelAndView page = new ModelAndView(VIEW, Map.of("error", new ErrorView(status.value(), key, args)));
        page.setStatus(status);
        return page;
    }
}
