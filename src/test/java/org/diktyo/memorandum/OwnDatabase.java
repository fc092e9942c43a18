package org.diktyo.memorandum;

import org.diktyo.DatabaseEngine;

/**
 * A database of the memorandum's tests' own: the memorandum is one of a kind, and the tests of
 * its life cycle move it on (freeze, adopt), which tests reading the demo's memorandum in the
 * shared database must not see.
 */
public class OwnDatabase extends DatabaseEngine {

    @Override
    protected String suffix() {
        return "_memorandum";
    }
}
