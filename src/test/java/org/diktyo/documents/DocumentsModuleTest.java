package org.diktyo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The documents module on its own (with {@code platform} and {@code language}): a file is kept
 * when its content is what its name says, read back byte for byte; a renamed executable and a
 * file over the limit are refused with nothing left behind in the folder.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:documents-module;DB_CLOSE_DELAY=-1",
        "diktyo.documents.max-size=1KB", "diktyo.mail.delivery.enabled=false"})
class DocumentsModuleTest {

    static final Path FOLDER = temporaryFolder();

    @DynamicPropertySource
    static void folder(DynamicPropertyRegistry properties) {
        properties.add("diktyo.documents.directory", FOLDER::toString);
    }

    /** The documents module reads no viewer; the platform's web configuration asks for one: here, nobody signed in. */
    @TestConfiguration
    static class Anonymous {
        @Bean
        ViewerResolver viewerResolver() {
            return () -> Viewer.PUBLIC;
        }
    }

    @Autowired
    StoredFiles files;

    @Test
    void aPdfIsKeptAndReadBackByteForByte() throws Exception {
        byte[] pdf = "%PDF-1.7\n% Μνημόνιο συνεργασίας\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = files.store("Μνημόνιο 2024.pdf", pdf.length, new ByteArrayInputStream(pdf));

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(files.find(stored.id()).originalName()).isEqualTo("Μνημόνιο 2024.pdf");
        try (InputStream in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void aRenamedExecutableAndAnOversizedFileAreRefusedWithNothingLeftBehind() throws IOException {
        byte[] executable = "MZ\u0090\u0000 not a pdf at all".getBytes(StandardCharsets.ISO_8859_1);
        long before = count();
        assertThatThrownBy(() -> files.store("minutes.pdf", executable.length, new ByteArrayInputStream(executable)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));

        byte[] large = ("%PDF-1.7\n" + "x".repeat(2_000)).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> files.store("large.pdf", 10, new ByteArrayInputStream(large)))
                .as("a declared size that lies is caught while reading")
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
                    assertThat(p.args()).containsExactly("1 KB");
                });
        assertThat(count()).as("no partial file stays in the folder").isEqualTo(before);
    }

    private static long count() throws IOException {
        if (!Files.isDirectory(FOLDER)) {
            return 0;
        }
        try (var listing = Files.list(FOLDER)) {
            return listing.count();
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("documents-module");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
