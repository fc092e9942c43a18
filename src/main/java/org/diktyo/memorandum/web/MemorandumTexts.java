package org.diktyo.memorandum.web;

import org.diktyo.drafting.TextOwner;
import org.diktyo.language.Bilingual;
import org.diktyo.memorandum.domain.ReadMemorandum;
import org.springframework.stereotype.Component;

/** The memorandum's versions as the drafting pages link back to them (the owner id is the version's number). */
@Component
class MemorandumTexts implements TextOwner {

    private final ReadMemorandum read;

    MemorandumTexts(ReadMemorandum read) {
        this.read = read;
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
}
