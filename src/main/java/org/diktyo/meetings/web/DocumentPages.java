package org.diktyo.meetings.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.diktyo.documents.Uploads;
import org.diktyo.meetings.domain.AttachDocuments;
import org.diktyo.platform.FormErrors;
import org.diktyo.platform.Forms;
import org.diktyo.platform.Notices;
import org.diktyo.platform.Problem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attaching a document from the secretariat's page of a meeting. A refused file (too large,
 * not what its name claims, empty) brings the page back with the message on the file field.
 */
@Controller
class DocumentPages {

    private final AttachDocuments documents;
    private final MeetingPageViews views;

    DocumentPages(AttachDocuments documents, MeetingPageViews views) {
        this.documents = documents;
        this.views = views;
    }

    @PostMapping(path = "/admin/meetings/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String id, MultipartHttpServletRequest request, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        try {
            Uploads.Upload upload = Uploads.read(request, documents.maxSizeText());
            try (InputStream in = upload.file().getInputStream()) {
                documents.attach(id, upload.titleEl(), upload.titleEn(), upload.file().getOriginalFilename(),
                        upload.file().getSize(), in);
            }
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> views.manage(id, model, locale, errors(problem)));
        }
        Notices.confirm(redirect, "meetings.document.saved");
        return "redirect:/admin/meetings/" + id + "#documents";
    }

    @PostMapping("/admin/meetings/{id}/documents/{documentId}/remove")
    String remove(@PathVariable String id, @PathVariable String documentId, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            documents.remove(id, documentId);
        } catch (Problem problem) {
            return Forms.redisplay(problem, () -> views.manage(id, model, locale, FormErrors.of(problem)));
        }
        Notices.confirm(redirect, "meetings.document.removed");
        return "redirect:/admin/meetings/" + id + "#documents";
    }

    /** The file's own mistakes go on the file field; others (a cancelled meeting) above the page. */
    private static FormErrors errors(Problem problem) {
        return switch (problem.status()) {
            case CONTENT_TOO_LARGE -> field("meetings.document.tooLarge");
            case UNSUPPORTED_MEDIA_TYPE -> field(problem.key());
            case BAD_REQUEST -> problem.fields().isEmpty() ? field(problem.key()) : FormErrors.of(problem);
            default -> FormErrors.of(problem);
        };
    }

    private static FormErrors field(String key) {
        return new FormErrors(List.of(new Problem.FieldProblem("file", key)), null);
    }
}
