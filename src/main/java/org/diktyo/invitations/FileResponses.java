package org.diktyo.invitations;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file made for one request (a letter, a list): its name, type, and never kept by a cache (personal data). */
public final class FileResponses {

    private FileResponses() {
    }

    public static ResponseEntity<byte[]> of(String filename, byte[] content, MediaType type, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(filename).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(content);
    }
}
