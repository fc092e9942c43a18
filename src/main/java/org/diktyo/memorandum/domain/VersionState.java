package org.diktyo.memorandum.domain;

/** The life of a version of the memorandum. */
public enum VersionState {
    DRAFT, CONSULTATION, FROZEN, ADOPTED, IN_FORCE, SUPERSEDED, ABANDONED;

    /** Still being worked on: at most one version at a time. */
    public boolean open() {
        return this == DRAFT || this == CONSULTATION || this == FROZEN || this == ADOPTED;
    }
}
