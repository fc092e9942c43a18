package org.diktyo.drafting;

/** The body decided an amendment. */
public record AmendmentDecided(String amendmentId, String textId, AmendmentState state) {
}
