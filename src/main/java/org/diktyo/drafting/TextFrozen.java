package org.diktyo.drafting;

/** A text was frozen: the accepted amendments are merged and its hash is fixed. */
public record TextFrozen(String textId, String ownerKind, String ownerId, String textHash) {
}
