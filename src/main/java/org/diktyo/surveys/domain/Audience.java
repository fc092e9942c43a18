package org.diktyo.surveys.domain;

/** Who is asked: the members, or the members and the candidates. */
public enum Audience {
    MEMBERS, MEMBERS_AND_CANDIDATES
}
