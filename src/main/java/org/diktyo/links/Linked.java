package org.diktyo.links;

/**
 * A link as its token finds it, with its subject's row as the owning module maps it; {@code subject}
 * is null when no row of the subject's table has the link's subject id.
 */
public record Linked<T>(Link link, T subject) {
}
