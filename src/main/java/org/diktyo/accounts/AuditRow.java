package org.diktyo.accounts;

/** An entry of the audit log as the page shows it: the action in the reader's words. */
public record AuditRow(AuditTrail.Entry entry, String action) {
}
