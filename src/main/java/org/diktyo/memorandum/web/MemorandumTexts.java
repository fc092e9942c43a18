package org.diktyo.memorandum.web;

import java.util.List;

import org.diktyo.drafting.CitedDecision;
import org.diktyo.drafting.TextOwner;
import org.diktyo.language.Bilingual;
import org.diktyo.memorandum.domain.CommitteeDecisions;
import org.diktyo.memorandum.domain.ReadMemorandum;
import org.springframework.stereotype.Component;

/** The memorandum's versions as the drafting pages link back to them (the owner id is the version's number). */
@Component
class MemorandumTexts implements TextOwner {

    private final ReadMemorandum read;
    private final CommitteeDecisions committee;

    MemorandumTexts(ReadMemorandum read, CommitteeDecisions committee) {
        this.read = read;
        this.committee = committee;
    }

    @Override
    public String kind() {
        return "MEMORANDUM_VERSION";
    }

    @Override
    public String page(String ownerId) {
        return "/memorandum/versions/" + ownerId;
    }

    @Override
    public Bilingual title(String ownerId) {
        return read.version(Integer.parseInt(ownerId)).label();
    }

    /** The memorandum's amendments are decided by the Committee of Mayors: its decisions may be cited. */
    @Override
    public List<CitedDecision> decisions(String ownerId) {
        return committee.all().stream().map(c -> new CitedDecision(CitedDecision.reference(c.meetingId(), c.position()),
                label(c), c.url())).toList();
    }

    private static Bilingual label(CommitteeDecisions.Cited c) {
        String titleEn = c.meetingTitle().en() == null ? c.meetingTitle().el() : c.meetingTitle().en();
        return new Bilingual(line(c.meetingTitle().el(), c.position(), c.text().el()),
                line(titleEn, c.position(), c.text().en() == null ? c.text().el() : c.text().en()));
    }

    private static String line(String meeting, int position, String text) {
        String shown = text == null ? "" : text.length() > 80 ? text.substring(0, 79) + "…" : text;
        return (meeting == null ? "" : meeting + " — ") + position + ". " + shown;
    }
}
