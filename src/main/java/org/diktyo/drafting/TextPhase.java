package org.diktyo.drafting;

/** Where a text stands: edited by its owner, open to amendments, or fixed with its hash. */
public enum TextPhase {
    EDITING, CONSULTATION, FROZEN
}
