package org.diktyo.invitations.replies;

import org.diktyo.invitations.ReplyView;
import org.diktyo.invitations.Texts;
import org.diktyo.platform.FormErrors;

/** The reply page of a personal link. */
public record ReplyPage(String token, ReplyView view, ReplyForm form, FormErrors errors, FormErrors lateErrors,
        Texts text) {
    public int rows() {
        return Math.max(view.campaign().quota(), form.getDelegates().size());
    }
}
