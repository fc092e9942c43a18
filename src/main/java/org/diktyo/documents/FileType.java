package org.diktyo.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a meeting may carry, each recognised by its first bytes, not by the name
 * it was given: an executable renamed {@code .pdf} is not a PDF.
 */
public enum FileType {

    PDF("application/pdf", List.of("pdf"), Magic.ascii("%PDF-")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), Magic.ZIP),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), Magic.ZIP),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"), Magic.ZIP),
    ODT("application/vnd.oasis.opendocument.text", List.of("odt"), Magic.ZIP),
    ODP("application/vnd.oasis.opendocument.presentation", List.of("odp"), Magic.ZIP),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;

    FileType(String mediaType, List<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type that the file's name claims and its first bytes confirm, if any. */
    public static Optional<FileType> of(String filename, byte[] head) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(extension))
                .filter(t -> startsWith(head, t.magic))
                .findFirst();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** File signatures ("magic numbers"); a holder class, as enum constants cannot use the enum's statics. */
    private static final class Magic {
        static final byte[] ZIP = {'P', 'K', 3, 4};

        static byte[] ascii(String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
