package org.diktyo.network.web;

import java.util.List;

import org.diktyo.network.MembershipStatus;
import org.diktyo.network.domain.Region;
import org.diktyo.network.domain.RegistryQuery;

/** The registry page: results, the filters as chosen, and the links that keep them. */
public record RegistryView(RegistryQuery.Page page, String q, MembershipStatus status, String region,
        RegistryQuery.Sort sort, List<Region> regions, Names names, boolean canExport) {

    /** The query string for the same filters on another page or in an export. */
    public String query(int pageNumber) {
        StringBuilder s = new StringBuilder();
        append(s, "q", q);
        append(s, "status", status == null ? null : status.name());
        append(s, "region", region);
        append(s, "sort", sort == null ? null : sort.name());
        if (pageNumber > 0) {
            append(s, "page", String.valueOf(pageNumber));
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) {
            s.append(s.isEmpty() ? "?" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
