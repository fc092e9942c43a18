package org.diktyo.network.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.diktyo.language.GreekText;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.Problem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds municipalities by status, region and free text (accents, case and final sigma
 * ignored) and sorts them by name with a Greek or English collator, by population or by
 * status. The whole country is 332 rows that change a few times a day: they are kept in memory
 * with their sorted orders, and read again when the table's stamp (its rows and the sum of their
 * optimistic versions, which every change through JPA raises) differs from the one they were read
 * with — so a change made on another instance is seen by the next read here (issue 18).
 */
@Service
public class RegistryQuery {

    /** How the registry can be sorted. */
    public enum Sort { NAME, POPULATION, STATUS, REGION }

    /** One page of results. */
    public record Page(List<Municipality> items, int page, int size, int total) {
        public int pages() {
            return Math.max(1, (total + size - 1) / size);
        }
    }

    public static final int MAX_SIZE = 500;

    /** How many rendered queries a snapshot keeps (each filter, sort, language and page is one). */
    private static final int MAX_RENDERED = 256;

    private static final List<MembershipStatus> STATUS_ORDER = List.of(MembershipStatus.MEMBER,
            MembershipStatus.CANDIDATE, MembershipStatus.PROSPECT, MembershipStatus.FORMER);

    private final Municipalities municipalities;
    private final JdbcTemplate jdbc;
    private volatile Snapshot snapshot;

    RegistryQuery(Municipalities municipalities, JdbcTemplate jdbc) {
        this.municipalities = municipalities;
        this.jdbc = jdbc;
    }

    /**
     * What {@code render} makes of a page of the registry, kept with the rows until the registry
     * changes: the registry's JSON is written once per change, not once per request (issue 18).
     * Only a query without free text is kept (a bounded number of them); a search is rendered
     * each time.
     */
    @Transactional(readOnly = true)
    public <T> T rendered(MembershipStatus status, String region, String text, Sort sort, Locale locale, int page,
            int size, Function<Page, T> render) {
        Snapshot known = current();
        if (text != null && !text.isBlank()) {
            return render.apply(find(known, status, region, text, sort, locale, page, size));
        }
        String key = status + "/" + region + "/" + sort + "/" + locale.getLanguage() + "/" + page + "/" + size;
        @SuppressWarnings("unchecked")
        T kept = (T) known.rendered().get(key);
        if (kept != null) {
            return kept;
        }
        T made = render.apply(find(known, status, region, null, sort, locale, page, size));
        if (known.rendered().size() < MAX_RENDERED) {
            known.rendered().put(key, made);
        }
        return made;
    }

    @Transactional(readOnly = true)
    public Page find(MembershipStatus status, String region, String text, Sort sort, Locale locale, int page, int size) {
        return find(current(), status, region, text, sort, locale, page, size);
    }

    private Page find(Snapshot known, MembershipStatus status, String region, String text, Sort sort, Locale locale,
            int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "network.registry.paging", MAX_SIZE);
        }
        String key = text == null || text.isBlank() ? null : GreekText.searchKey(text);
        String regionFilter = region == null || region.isBlank() ? null : region;
        Stream<Municipality> rows = known.sorted(sort == null ? Sort.NAME : sort, locale).stream();
        if (status != null) {
            rows = rows.filter(m -> m.status() == status);
        }
        if (regionFilter != null) {
            rows = rows.filter(m -> m.regionId().equals(regionFilter));
        }
        if (key != null) {
            rows = rows.filter(m -> m.searchKey() != null && m.searchKey().contains(key));
        }
        List<Municipality> all = rows.toList();
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page(all.subList(from, to), page, size, all.size());
    }

    /** The rows as last read, or read again if the table changed since (on any instance). */
    private Snapshot current() {
        String stamp = jdbc.queryForObject("select count(*), coalesce(sum(version), 0) from municipality",
                (row, n) -> row.getLong(1) + ":" + row.getLong(2));
        Snapshot known = snapshot;
        if (known != null && known.stamp().equals(stamp)) {
            return known;
        }
        // Read after the stamp: a change in between makes the next read's stamp differ, and read again.
        Snapshot read = new Snapshot(stamp, List.copyOf(municipalities.findAll()), new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
        snapshot = read;
        return read;
    }

    /** Detached rows (read, never changed: changes go through {@link ManageRegistry}'s own reads). */
    private record Snapshot(String stamp, List<Municipality> rows, Map<String, List<Municipality>> orders,
            Map<String, Object> rendered) {
        List<Municipality> sorted(Sort sort, Locale locale) {
            return orders.computeIfAbsent(sort + "/" + locale.getLanguage(),
                    k -> rows.stream().sorted(order(sort, locale)).toList());
        }
    }

    static Comparator<Municipality> order(Sort sort, Locale locale) {
        Function<Municipality, String> name = m -> m.name().in(locale);
        Comparator<Municipality> byName = Comparator.comparing(name, GreekText.collator(locale));
        return switch (sort) {
            case NAME -> byName;
            case POPULATION -> Comparator.comparing((Municipality m) -> m.population2021() == null ? 0 : m.population2021())
                    .reversed().thenComparing(byName);
            case STATUS -> Comparator.comparingInt((Municipality m) -> STATUS_ORDER.indexOf(m.status())).thenComparing(byName);
            case REGION -> Comparator.comparing(Municipality::regionId).thenComparing(byName);
        };
    }
}
