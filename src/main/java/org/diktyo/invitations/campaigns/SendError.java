package org.diktyo.invitations.campaigns;

import org.diktyo.platform.Problem;

/**
 * Why the sender could not queue an invitation, as kept in {@code invitation.send_error}: a
 * problem's message key with its first argument ({@code mail.address.invalid x@y}), which the
 * secretariat reads in its language; or an error of the platform ({@code ! java.lang....}),
 * which it reads as such while the maintainers find the whole of it in the log.
 *
 * @param key a message key
 * @param argument the message's argument, or null
 */
public record SendError(String key, String argument) {

    static final String PLATFORM = "invitations.delivery.NOT_QUEUED.platform";
    private static final String PLATFORM_MARK = "! ";

    /** How {@code e} is kept. */
    static String of(RuntimeException e) {
        if (e instanceof Problem p) {
            return p.args().length == 0 || p.args()[0] == null ? p.key() : p.key() + " " + p.args()[0];
        }
        return PLATFORM_MARK + e;
    }

    /** A kept reason, read back; null for none. */
    static SendError parse(String kept) {
        if (kept == null || kept.isBlank()) {
            return null;
        }
        if (kept.startsWith(PLATFORM_MARK)) {
            return new SendError(PLATFORM, null);
        }
        int space = kept.indexOf(' ');
        return space < 0 ? new SendError(kept, null) : new SendError(kept.substring(0, space), kept.substring(space + 1));
    }
}
