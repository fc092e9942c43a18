package org.diktyo.memorandum.domain;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Drafts;
import org.diktyo.drafting.Proposal;
import org.diktyo.platform.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to a version's clauses: the secretariat's edits before the freeze, and the municipalities' amendments. */
@Service
public class AmendVersion {

    private final VersionStore versions;
    private final Drafts drafts;

    AmendVersion(VersionStore versions, Drafts drafts) {
        this.versions = versions;
        this.drafts = drafts;
    }

    @Transactional
    public Clause editClause(int number, String key, Clause edited) {
        MemorandumVersion v = versions.get(number);
        if (v.state() != VersionState.DRAFT && v.state() != VersionState.CONSULTATION) {
            throw new Problem(HttpStatus.CONFLICT, "memorandum.version.state", v.state().name());
        }
        return drafts.editClause(v.textId(), key, edited);
    }

    @Transactional
    public Amendment propose(int number, Proposal proposal) {
        MemorandumVersion v = versions.get(number);
        if (v.state() != VersionState.CONSULTATION) {
            throw new Problem(HttpStatus.CONFLICT, "drafting.consultation.notOpen");
        }
        return drafts.propose(v.textId(), proposal);
    }
}
