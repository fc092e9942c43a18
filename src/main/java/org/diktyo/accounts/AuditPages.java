package org.diktyo.accounts;

import java.util.Locale;

import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log of personal-data access, for the secretariat. */
@Controller
class AuditPages {

    static final String AUDIT = "accounts/audit";
    static final int SHOWN = 200;
    static final String ACTION_KEY = "accounts.audit.action.";

    private final AuditTrail audit;
    private final ViewerResolver viewers;
    private final MessageSource messages;

    AuditPages(AuditTrail audit, ViewerResolver viewers, MessageSource messages) {
        this.audit = audit;
        this.viewers = viewers;
        this.messages = messages;
    }

    @GetMapping("/admin/audit")
    String audit(Model model, Locale locale) {
        if (!viewers.current().secretariat()) {
            throw Problem.forbidden();
        }
        model.addAttribute("entries", audit.latest(SHOWN).stream().map(e -> new AuditRow(e, action(e.action(), locale))).toList());
        return AUDIT;
    }

    /** The action in the reader's language; an action without a text is shown as recorded rather than failing the page. */
    private String action(String action, Locale locale) {
        return messages.getMessage(ACTION_KEY + action, null, action, locale);
    }
}
