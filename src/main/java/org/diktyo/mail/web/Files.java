package org.diktyo.mail.web;

import java.nio.charset.StandardCharsets;

import org.diktyo.mail.domain.OutboxAttachment;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An attachment of a queued message as a download under its own (possibly Greek) name. */
final class Files {

    private Files() {
    }

    static ResponseEntity<byte[]> download(OutboxAttachment file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.contentType());
        } catch (IllegalArgumentException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    /** An id from a URL: a number, or no such message. */
    static long id(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw org.diktyo.platform.Problem.notFound();
        }
    }
}
