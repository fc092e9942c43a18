package org.diktyo.memorandum.domain;

import java.util.List;
import java.util.Optional;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.Diff;
import org.diktyo.drafting.Drafts;
import org.diktyo.language.Language;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the memorandum: anyone reads the version in force and the versions that were in force;
 * drafts, consultations and amendments are for those signed in.
 */
@Service
@Transactional(readOnly = true)
public class ReadMemorandum {

    private final VersionStore versions;
    private final Drafts drafts;
    private final ViewerResolver viewers;

    ReadMemorandum(VersionStore versions, Drafts drafts, ViewerResolver viewers) {
        this.versions = versions;
        this.drafts = drafts;
        this.viewers = viewers;
    }

    public Optional<MemorandumVersion> inForce() {
        return versions.all().stream().filter(v -> v.state() == VersionState.IN_FORCE).findFirst();
    }

    /** The versions the viewer may read, the latest first. */
    public List<MemorandumVersion> versions() {
        Viewer viewer = viewers.current();
        return versions.all().stream().filter(v -> readable(v, viewer)).toList();
    }

    public MemorandumVersion version(int number) {
        MemorandumVersion v = versions.get(number);
        if (!readable(v, viewers.current())) {
            throw Problem.notFound();
        }
        return v;
    }

    public List<Clause> clauses(int number) {
        return drafts.clauses(version(number).textId());
    }

    public Diff compare(int from, int to, Language language) {
        return drafts.compare(version(from).textId(), version(to).textId(), language);
    }

    public List<Amendment> amendments(int number) {
        MemorandumVersion v = version(number);
        if (!viewers.current().signedIn()) {
            throw Problem.notFound();
        }
        return drafts.amendments(v.textId());
    }

    /** The public reads what is or was in force; the signed-in read everything. */
    static boolean readable(MemorandumVersion v, Viewer viewer) {
        return viewer.signedIn() || v.state() == VersionState.IN_FORCE || v.state() == VersionState.SUPERSEDED;
    }
}
