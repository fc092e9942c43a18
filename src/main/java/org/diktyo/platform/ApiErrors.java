package org.diktyo.platform;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of the API as an RFC 9457 problem detail whose {@code detail} is readable in
 * the caller's language; validation problems list each field. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem problem) {
        return respond(problem);
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequests problem) {
        ResponseEntity<ProblemDetail> response = respond(problem);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(problem.retryAfterSeconds()))
                .body(response.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return respond(new Problem(HttpStatus.BAD_REQUEST, "platform.error.parameter",
                List.of(new Problem.FieldProblem(e.getName(), "platform.error.parameter.value")), e.getName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return respond(new Problem(HttpStatus.BAD_REQUEST, "platform.error.parameter",
                List.of(new Problem.FieldProblem(e.getParameterName(), "platform.error.required")),
                e.getParameterName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return respond(UnreadableJson.problem(e));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "platform.error.mediaType"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(new Problem(HttpStatus.METHOD_NOT_ALLOWED, "platform.error.method"));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return respond(Problem.notFound());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return respond(new Problem(HttpStatus.CONTENT_TOO_LARGE, "platform.error.tooLarge"));
    }

    /** Anything unexpected: logged here, a plain apology there, never a stack trace. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        org.slf4j.LoggerFactory.getLogger(ApiErrors.class).error("unexpected error in the API", e);
        return respond(new Problem(HttpStatus.INTERNAL_SERVER_ERROR, "platform.error.unexpected"));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(org.springframework.security.access.AccessDeniedException e) {
        return respond(Problem.forbidden());
    }

    @ExceptionHandler(org.springframework.orm.ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(Exception e) {
        return respond(new Problem(HttpStatus.CONFLICT, "platform.error.conflict"));
    }

    ResponseEntity<ProblemDetail> respond(Problem problem) {
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetails.of(messages, LocaleContextHolder.getLocale(), problem));
    }
}
