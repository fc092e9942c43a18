package org.diktyo.network.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/** The registry's shipped data ({@code classpath:registry/}) as one checksum, with the import's format. */
final class RegistrySource {

    /** Raise when {@link RegistryImport} reads the same files differently: the next start imports again. */
    static final int FORMAT = 1;

    static final List<String> FILES = List.of("administrative-regions-el.json", "administrative-regions-en.json",
            "municipality-populations.csv", "elstat-aliases.csv", "cni-members.csv");

    private RegistrySource() {
    }

    /** SHA-256, in hex, of the format and of each file's name and bytes in order. */
    static String checksum() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("registry-format-" + FORMAT).getBytes(StandardCharsets.UTF_8));
            for (String file : FILES) {
                sha.update(file.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new ClassPathResource("registry/" + file).getInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
