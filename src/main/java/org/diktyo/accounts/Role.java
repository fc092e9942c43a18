package org.diktyo.accounts;

/** What a user may do; a focal point is bound to one municipality. */
public enum Role {
    SECRETARIAT, PARTNER, FOCAL_POINT
}
