package org.diktyo.accounts;

import org.diktyo.platform.Problem;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit log of personal-data access, for the secretariat. */
@Controller
class AuditPages {

    static final String AUDIT = "accounts/audit";
    static final int SHOWN = 200;

    private final AuditTrail audit;
    private final ViewerResolver viewers;

    AuditPages(AuditTrail audit, ViewerResolver viewers) {
        this.audit = audit;
        this.viewers = viewers;
    }

    @GetMapping("/admin/audit")
    String audit(Model model) {
        if (!viewers.current().secretariat()) {
            throw Problem.forbidden();
        }
        model.addAttribute("entries", audit.latest(SHOWN));
        return AUDIT;
    }
}
