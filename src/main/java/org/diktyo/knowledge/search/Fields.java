package org.diktyo.knowledge.search;

import java.util.List;

/** The fields of an entry's document in the index. */
final class Fields {

    static final String ID = "id";
    static final String SLUG = "slug";
    static final String KIND = "kind";
    static final String OWNER = "owner";
    static final String STATE = "state";
    static final String VISIBILITY = "visibility";
    static final String UPDATED = "updated";

    static final String TITLE_EL = "title_el";
    static final String SUMMARY_EL = "summary_el";
    static final String BODY_EL = "body_el";
    static final String TITLE_F = "title_f";
    static final String SUMMARY_F = "summary_f";
    static final String BODY_F = "body_f";
    static final String TITLE_EN = "title_en";
    static final String SUMMARY_EN = "summary_en";
    static final String BODY_EN = "body_en";
    static final String LATIN = "all_latin";

    static final List<String> STEMMED = List.of(TITLE_EL, SUMMARY_EL, BODY_EL);
    static final List<String> FOLDED = List.of(TITLE_F, SUMMARY_F, BODY_F);
    static final List<String> ENGLISH = List.of(TITLE_EN, SUMMARY_EN, BODY_EN);
    /** Title, summary, body: their weights in the score. */
    static final float[] WEIGHTS = {3f, 2f, 1f};

    static final String FACET_THEME = "theme";
    static final String FACET_TARGET = "targetGroup";
    static final String FACET_KIND = "kind";
    static final String FACET_MUNICIPALITY = "municipality";
    static final String FACET_YEAR = "year";
    static final String FACET_FUNDING = "funding";
    static final String FACET_REGION = "region";
    static final String FACET_STATUS = "status";
    static final List<String> FACETS = List.of(FACET_KIND, FACET_THEME, FACET_TARGET, FACET_FUNDING, FACET_REGION,
            FACET_MUNICIPALITY, FACET_STATUS, FACET_YEAR);

    private Fields() {
    }
}
