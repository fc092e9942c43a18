package org.diktyo.meetings.web;

import java.util.List;

import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Reads an upload ({@code file}, {@code titleEl}, {@code titleEn}) from a multipart request that
 * is parsed only now (see {@code spring.servlet.multipart.resolve-lazily}), so that even a file
 * larger than the server accepts is refused as a {@link Problem} the page or the API can show.
 */
final class Uploads {

    /** The file sent and its titles, as typed. */
    record Upload(MultipartFile file, String titleEl, String titleEn) {
    }

    private Uploads() {
    }

    static Upload read(MultipartHttpServletRequest request, String limit) {
        try {
            MultipartFile file = request.getFile("file");
            if (file == null || file.isEmpty()) {
                throw Problem.invalid(List.of(new Problem.FieldProblem("file", "documents.upload.empty")));
            }
            return new Upload(file, request.getParameter("titleEl"), request.getParameter("titleEn"));
        } catch (MaxUploadSizeExceededException e) {
            throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "documents.upload.tooLarge", limit);
        } catch (MultipartException e) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("file", "documents.upload.empty")));
        }
    }
}
