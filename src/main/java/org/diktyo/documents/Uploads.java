package org.diktyo.documents;

import java.util.List;

import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Reads an upload (its {@code file}, and {@code titleEl}, {@code titleEn} where a document has
 * titles) from a multipart request that is parsed only now (see
 * {@code spring.servlet.multipart.resolve-lazily}), so that even a file larger than the server
 * accepts is refused as a {@link Problem} the page or the API can show.
 */
public final class Uploads {

    /** The file sent and its titles, as typed. */
    public record Upload(MultipartFile file, String titleEl, String titleEn) {
    }

    private Uploads() {
    }

    /** The file and its titles. */
    public static Upload read(MultipartHttpServletRequest request, String limit) {
        MultipartFile file = file(request, limit);
        return new Upload(file, request.getParameter("titleEl"), request.getParameter("titleEn"));
    }

    /** The part {@code file}; a 400 naming it when it is missing or empty, a 413 naming {@code limit} when too large. */
    public static MultipartFile file(MultipartHttpServletRequest request, String limit) {
        try {
            MultipartFile file = request.getFile("file");
            if (file == null || file.isEmpty()) {
                throw Problem.invalid(List.of(new Problem.FieldProblem("file", "documents.upload.empty")));
            }
            return file;
        } catch (MaxUploadSizeExceededException e) {
            throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "documents.upload.tooLarge", limit);
        } catch (MultipartException e) {
            throw Problem.invalid(List.of(new Problem.FieldProblem("file", "documents.upload.empty")));
        }
    }
}
