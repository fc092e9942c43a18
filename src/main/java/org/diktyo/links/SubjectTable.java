package org.diktyo.links;

import java.util.regex.Pattern;

import org.springframework.jdbc.core.RowMapper;

/**
 * Where the subjects of a purpose are stored, so that {@link PersonalLinks#find(String, String, SubjectTable)}
 * reads a link and its subject's row in one statement: the table, its key column (what a link's
 * subject id is), and how the owning module maps a row. Named in the owning module's code as
 * constants, never from a request: both names must be plain SQL identifiers (checked here), as
 * they go into the statement's text. The mapper reads the subject's columns by name; the link's
 * own columns come under names beginning {@code personal_link_}, which a subject's table must
 * not use.
 */
public record SubjectTable<T>(String table, String key, RowMapper<T> mapper) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public SubjectTable {
        if (table == null || !IDENTIFIER.matcher(table).matches() || key == null || !IDENTIFIER.matcher(key).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + table + "." + key);
        }
        if (mapper == null) {
            throw new IllegalArgumentException("no row mapper for " + table);
        }
    }
}
