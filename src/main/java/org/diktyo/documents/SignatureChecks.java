package org.diktyo.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.diktyo.documents.signatures.PadesReader;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the electronic signatures (PAdES) of a stored PDF with the EU DSS library and keeps what
 * it found beside the file (docs/adr/0021-pades-signatures.md). Offline: integrity and signer,
 * never the qualification. DSS is loaded on the first check, not when the application starts.
 */
@Service
public class SignatureChecks {

    private final StoredFiles files;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SignatureChecks(StoredFiles files, JdbcTemplate jdbc, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Checks the stored PDF {@code fileId} and keeps the result, replacing an earlier one; a 415
     * {@link Problem} if it is encrypted or cannot be read as a PDF.
     */
    @Transactional
    public SignatureCheck check(String fileId) {
        StoredFile file = files.find(fileId);
        if (!FileType.PDF.mediaType().equals(file.mediaType())) {
            throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "documents.signature.notPdf");
        }
        byte[] bytes;
        try (InputStream in = files.open(fileId)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PadesReader.Reading reading;
        try {
            reading = PadesReader.read(bytes);
        } catch (PadesReader.Unreadable e) {
            throw new Problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    e.encrypted() ? "documents.signature.encrypted" : "documents.signature.unreadable");
        }
        SignatureCheck check = new SignatureCheck(fileId, reading.integrity(), reading.signer(), reading.signedAt(),
                reading.issuer(), SignatureCheck.UNKNOWN, reading.signatures(), Instant.now(clock));
        jdbc.update("delete from signature_check where file_id = ?", fileId);
        jdbc.update("insert into signature_check (file_id, integrity, signer, signed_at, issuer, qualification, signatures,"
                + " checked_at) values (?, ?, ?, ?, ?, ?, ?, ?)", fileId, check.integrity().name(), check.signer(),
                time(check.signedAt()), check.issuer(), check.qualification(), check.signatures(), time(check.checkedAt()));
        return check;
    }

    /** The last check of {@code fileId}, if it was checked. */
    @Transactional(readOnly = true)
    public Optional<SignatureCheck> find(String fileId) {
        if (fileId == null) {
            return Optional.empty();
        }
        return jdbc.query("select * from signature_check where file_id = ?", SignatureChecks::row, fileId).stream()
                .findFirst();
    }

    /** Forgets the check of a file that is deleted. */
    @Transactional
    public void forget(String fileId) {
        jdbc.update("delete from signature_check where file_id = ?", fileId);
    }

    private static SignatureCheck row(ResultSet rs, int n) throws SQLException {
        return new SignatureCheck(rs.getString("file_id"), SignatureCheck.Integrity.valueOf(rs.getString("integrity")),
                rs.getString("signer"), instant(rs.getTimestamp("signed_at")), rs.getString("issuer"),
                rs.getString("qualification"), rs.getInt("signatures"), instant(rs.getTimestamp("checked_at")));
    }

    private static Timestamp time(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
