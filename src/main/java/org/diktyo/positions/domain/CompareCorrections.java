package org.diktyo.positions.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diktyo.drafting.Diff;
import org.diktyo.drafting.Drafts;
import org.diktyo.language.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each correction of a position's text changed, word by word (drafting's diff of the text
 * kept before it and the text after it), so that a signatory sees what changed before confirming
 * again. For whoever may read the position, or holds a signature link to it.
 */
@Service
public class CompareCorrections {

    /** A correction: why, when, the hash before it, and the changed clauses only. */
    public record Change(String reason, Instant at, String oldHash, List<Diff.ClauseChange> clauses) {
    }

    private final ReadPositions read;
    private final SignatureStore signatures;
    private final Drafts drafts;

    CompareCorrections(ReadPositions read, SignatureStore signatures, Drafts drafts) {
        this.read = read;
        this.signatures = signatures;
        this.drafts = drafts;
    }

    /** The corrections of a position the viewer may read, the oldest first. */
    @Transactional(readOnly = true)
    public List<Change> of(String positionId, Locale locale) {
        return of(read.one(positionId), locale);
    }

    /** The corrections of {@code p} (read through a signature link), the oldest first. */
    @Transactional(readOnly = true)
    public List<Change> of(Position p, Locale locale) {
        List<SignatureStore.Correction> all = signatures.corrections(p.id());
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            SignatureStore.Correction c = all.get(i);
            String after = i + 1 < all.size() ? all.get(i + 1).beforeTextId() : p.textId();
            Diff diff = drafts.compare(c.beforeTextId(), after, Language.of(locale));
            changes.add(new Change(c.reason(), c.at(), c.oldHash(),
                    diff.clauses().stream().filter(Diff.ClauseChange::changed).toList()));
        }
        return changes;
    }
}
