package org.diktyo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian tools the document tests run as a person would (pdftotext from poppler-utils, Debian's
 * python3 with python3-icalendar). Without them a test is skipped, unless {@code CI} is set,
 * when it fails: {@code .ci/run} installs them.
 */
public final class Tools {

    private Tools() {
    }

    /** Skips (or, on CI, fails) unless {@code check} runs and exits 0. */
    public static void require(String what, String... check) {
        boolean present;
        try {
            Process p = new ProcessBuilder(check).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException(what + " is needed on CI (see .ci/run)");
        }
        Assumptions.assumeTrue(present, what + " is not installed");
    }

    public static void requirePdftotext() {
        require("pdftotext (poppler-utils)", "pdftotext", "-v");
    }

    public static void requireIcalendar() {
        require("python3-icalendar", "/usr/bin/python3", "-c", "import icalendar, pytz");
    }

    /** Runs a command in the project directory; its standard output, or a failure with its output. */
    public static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(command + " failed: " + new String(err, StandardCharsets.UTF_8)
                        + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code bytes} in a temporary file with {@code suffix}, deleted after {@code use}. */
    public static String withFile(byte[] bytes, String suffix, java.util.function.Function<Path, String> use) {
        try {
            Path file = Files.createTempFile("diktyo-", suffix);
            try {
                Files.write(file, bytes);
                return use.apply(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
