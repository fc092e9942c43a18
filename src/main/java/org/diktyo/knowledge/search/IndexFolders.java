package org.diktyo.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of the knowledge index (ADR 0030): each full build in a folder of its own,
 * {@code index-1}, {@code index-2}…, and a file {@code current} naming the one in use, replaced
 * atomically once a new build is committed. Folders no longer named are deleted (on start too,
 * if a crash left one behind, with the {@code build-…} parts of an unfinished build), and so are
 * the files of the layout before folders.
 */
final class IndexFolders {

    static final String POINTER = "current";
    static final String PREFIX = "index-";

    private final Path root;

    IndexFolders(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
    }

    /** The folder in use, or null when there is none yet. */
    Path current() throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.isRegularFile(pointer)) {
            return null;
        }
        Path folder = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
        return Files.isDirectory(folder) ? folder : null;
    }

    /** A new, empty folder, numbered after every one there. */
    Path next() throws IOException {
        int last = 0;
        for (Path p : folders()) {
            last = Math.max(last, number(p));
        }
        return Files.createDirectories(root.resolve(PREFIX + (last + 1)));
    }

    /** Names {@code folder} as the one in use: written aside, then moved over the pointer in one step. */
    void use(Path folder) throws IOException {
        Path written = root.resolve(POINTER + ".new");
        Files.writeString(written, folder.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(written, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes every folder but {@code kept}, and the index files of the layout before folders. */
    void deleteAllBut(Path kept) throws IOException {
        for (Path p : folders()) {
            if (!p.equals(kept)) {
                delete(p);
            }
        }
        try (Stream<Path> builds = Files.list(root)) {
            builds.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("build-")).forEach(IndexFolders::delete);
        }
        try (Stream<Path> files = Files.list(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith("segments") || name.startsWith("_") || name.equals("write.lock")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> all = Files.list(root)) {
            return all.filter(Files::isDirectory).filter(p -> number(p) > 0).toList();
        }
    }

    private static int number(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith(PREFIX)) {
            return 0;
        }
        try {
            return Integer.parseInt(name.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
