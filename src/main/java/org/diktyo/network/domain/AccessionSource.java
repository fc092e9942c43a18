package org.diktyo.network.domain;

/** How a case came about. */
public enum AccessionSource {
    INVITATION, EXPRESSION_OF_INTEREST, PARTNER_REFERRAL, OTHER
}
