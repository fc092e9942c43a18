package org.diktyo.meetings;

/** Who sees a meeting: everyone, or the network's signed-in users only. */
public enum Visibility {
    PUBLIC, NETWORK
}
