package org.diktyo.drafting;

/** A municipality's stance on an amendment; an objection needs a reason. */
public enum Stance {
    SUPPORT, OBJECT
}
