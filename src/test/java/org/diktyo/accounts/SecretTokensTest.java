package org.diktyo.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SecretTokensTest {

    @Test
    void tokensCarry256RandomBitsAndAreStoredAsSha256() {
        String token = SecretTokens.generate();
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(SecretTokens.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(SecretTokens.hash(token));
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            many.add(SecretTokens.generate());
        }
        assertThat(many).hasSize(1000);
    }
}
