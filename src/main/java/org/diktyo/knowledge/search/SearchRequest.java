package org.diktyo.knowledge.search;

import java.util.List;
import java.util.Map;

/**
 * A search: the text as typed (never parsed as query syntax), the facet values ticked (per
 * facet, any of them), who may see what, and the page.
 *
 * @param filters facet name ({@code kind}, {@code theme}, {@code targetGroup}, {@code municipality},
 *        {@code year}) to the values ticked
 * @param visibility what the viewer may see, made by the domain from the viewer
 */
public record SearchRequest(String text, Map<String, List<String>> filters, Visibility visibility, boolean english,
        int page, int size) {

    /**
     * Who sees what: everything; or the published entries (the public ones only, for the public),
     * plus every entry of {@code ownMunicipality}.
     */
    public record Visibility(boolean everything, boolean networkEntries, String ownMunicipality) {

        public static final Visibility PUBLIC = new Visibility(false, false, null);
        public static final Visibility ALL = new Visibility(true, true, null);
    }
}
