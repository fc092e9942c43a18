package org.diktyo.platform;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A confirmation shown once on the page a form redirects to (post/redirect/get). */
public final class Notices {

    static final String ATTRIBUTE = "notice";

    private Notices() {
    }

    public static void confirm(RedirectAttributes redirect, String messageKey) {
        redirect.addFlashAttribute(ATTRIBUTE, messageKey);
    }
}
