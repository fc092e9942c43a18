package org.diktyo.drafting.domain;

import java.util.List;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.DraftText;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads texts, clauses and amendments; who may read them is the owner's rule. */
@Service
@Transactional(readOnly = true)
public class ReadTexts {

    private final TextStore texts;
    private final AmendmentStore amendments;

    ReadTexts(TextStore texts, AmendmentStore amendments) {
        this.texts = texts;
        this.amendments = amendments;
    }

    public DraftText text(String textId) {
        return texts.get(textId);
    }

    public List<Clause> clauses(String textId) {
        return texts.clauses(texts.get(textId).id());
    }

    public Amendment amendment(String amendmentId) {
        return amendments.find(amendmentId).orElseThrow(Problem::notFound);
    }

    public List<Amendment> amendments(String textId) {
        return amendments.ofText(textId);
    }
}
