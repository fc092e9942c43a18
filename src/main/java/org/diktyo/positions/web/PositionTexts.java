package org.diktyo.positions.web;

import org.diktyo.drafting.TextOwner;
import org.diktyo.language.Bilingual;
import org.diktyo.positions.domain.DraftPositions;
import org.diktyo.positions.domain.ReadPositions;
import org.springframework.stereotype.Component;

/** The positions' texts as the drafting pages link back to them (the owner id is the position's id). */
@Component
class PositionTexts implements TextOwner {

    private final ReadPositions read;

    PositionTexts(ReadPositions read) {
        this.read = read;
    }

    @Override
    public String kind() {
        return DraftPositions.OWNER;
    }

    @Override
    public String page(String ownerId) {
        return "/positions/" + ownerId;
    }

    @Override
    public Bilingual title(String ownerId) {
        return read.one(ownerId).title();
    }
}
