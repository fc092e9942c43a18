package org.diktyo.invitations.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.diktyo.accounts.SecretTokens;
import org.diktyo.invitations.DelegateRow;
import org.springframework.stereotype.Component;

/** An answer's delegates: the ones typed, in order, the ones already there keeping their ids and check-in codes. */
@Component
class DelegateChanges {

    private final ReplyStore store;

    DelegateChanges(ReplyStore store) {
        this.store = store;
    }

    /** The delegates as wanted, keeping the ids and check-in codes of those already there; written if {@code write}. */
    List<DelegateRow> save(String invitationId, List<ReplyInput.Delegate> wanted,
            List<DelegateRow> existing, boolean write) {
        List<DelegateRow> result = new ArrayList<>();
        List<DelegateRow> added = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            ReplyInput.Delegate d = wanted.get(i);
            if (i < existing.size()) {
                DelegateRow e = existing.get(i);
                DelegateRow row = new DelegateRow(e.id(), invitationId, i + 1, d.fullName().trim(), clean(d.roleTitle()),
                        clean(d.email()), clean(d.phone()), clean(d.needs()), e.checkInCode(), e.checkedInAt());
                if (write && !row.equals(e)) {
                    store.updateDelegate(row);
                }
                result.add(row);
            } else {
                DelegateRow row = new DelegateRow(UUID.randomUUID().toString(), invitationId, i + 1, d.fullName().trim(),
                        clean(d.roleTitle()), clean(d.email()), clean(d.phone()), clean(d.needs()),
                        SecretTokens.generate(), null);
                added.add(row);
                result.add(row);
            }
        }
        if (write && existing.size() > wanted.size()) {
            store.deleteDelegatesFrom(invitationId, wanted.size() + 1);
        }
        if (write && !added.isEmpty()) {
            store.insertDelegates(added);
        }
        return result;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
