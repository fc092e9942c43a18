package org.diktyo.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.diktyo.platform.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Keeps uploaded files: checks the size and that the content is what the name claims, writes
 * the bytes under a generated name in {@code diktyo.documents.directory}, records them in the
 * database. A file whose transaction rolls back is deleted again, so nothing half-written
 * stays behind.
 */
@Service
public class StoredFiles {

    private final StoredFileRows rows;
    private final Path directory;
    private final long maxSize;
    private final Clock clock;

    StoredFiles(StoredFileRows rows, @Value("${diktyo.documents.directory:./data/documents}") Path directory,
            @Value("${diktyo.documents.max-size:20MB}") DataSize maxSize, Clock clock) {
        this.rows = rows;
        this.directory = directory;
        this.maxSize = maxSize.toBytes();
        this.clock = clock;
    }

    /** The largest file accepted, in bytes ({@code diktyo.documents.max-size}). */
    public long maxSize() {
        return maxSize;
    }

    /** The limit as people read it: {@code 20 MB}, {@code 512 KB}. */
    public String maxSizeText() {
        if (maxSize >= 1024 * 1024 && maxSize % (1024 * 1024) == 0) {
            return maxSize / (1024 * 1024) + " MB";
        }
        return maxSize >= 1024 ? maxSize / 1024 + " KB" : maxSize + " B";
    }

    /** Stores {@code content} if it is an accepted type within the size limit; else a 4xx {@link Problem}. */
    @Transactional
    public StoredFile store(String originalName, long declaredSize, InputStream content) {
        if (declaredSize > maxSize) {
            throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "documents.upload.tooLarge", maxSizeText());
        }
        if (declaredSize <= 0 || originalName == null || originalName.isBlank()) {
            throw new Problem(HttpStatus.BAD_REQUEST, "documents.upload.empty");
        }
        String id = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(id);
            Path partial = directory.resolve(id + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head;
            long size;
            try (InputStream in = new DigestInputStream(content, sha)) {
                head = in.readNBytes(16);
                Files.write(partial, head);
                try (var out = Files.newOutputStream(partial, java.nio.file.StandardOpenOption.APPEND)) {
                    size = head.length + in.transferTo(new LimitedOutputStream(out, maxSize - head.length));
                }
            } catch (LimitedOutputStream.TooLarge e) {
                Files.deleteIfExists(partial);
                throw new Problem(HttpStatus.CONTENT_TOO_LARGE, "documents.upload.tooLarge", maxSizeText());
            }
            FileType type = FileType.of(originalName, head).orElse(null);
            if (type == null) {
                Files.deleteIfExists(partial);
                throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "documents.upload.type");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            deleteOnRollback(target);
            StoredFile file = new StoredFile(id, clean(originalName), type.mediaType(), size,
                    HexFormat.of().formatHex(sha.digest()), Instant.now(clock));
            rows.save(new StoredFileRow(file));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Transactional(readOnly = true)
    public StoredFile find(String id) {
        return rows.findById(id).map(StoredFileRow::file).orElseThrow(Problem::notFound);
    }

    /** The bytes of a stored file. */
    public InputStream open(String id) {
        try {
            return Files.newInputStream(directory.resolve(java.util.UUID.fromString(id).toString()));
        } catch (IOException | IllegalArgumentException e) {
            throw Problem.notFound();
        }
    }

    /** Forgets a stored file: its row now, its bytes once the transaction has committed. */
    @Transactional
    public void delete(String id) {
        rows.deleteById(id);
        Path file = directory.resolve(java.util.UUID.fromString(id).toString());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(file);
                }
            });
        } else {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an orphan file without a row is harmless and can be swept later
        }
    }

    private static String clean(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").trim();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static void deleteOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(file);
                    }
                }
            });
        }
    }
}
