package org.diktyo.knowledge.domain;

/** Who reads a published entry: anyone, or the network's signed-in members only. */
public enum Visibility {
    PUBLIC, NETWORK
}
