package org.diktyo.platform;

/** What the error page shows: the status and a message key with its arguments. */
public record ErrorView(int status, String key, Object[] args) {
}
