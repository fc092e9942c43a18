package org.diktyo.accounts;

import java.time.Instant;
import java.util.List;

/** The API tokens page; {@code newValue} is shown once, right after creation. */
public record TokensView(List<Token> tokens, String newValue, boolean nameMissing) {

    public record Token(String id, String name, Instant createdAt, boolean active) {
    }
}
