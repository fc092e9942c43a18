package org.diktyo.network;

/** Where a municipality stands towards the network. */
public enum MembershipStatus {
    PROSPECT, CANDIDATE, MEMBER, FORMER
}
