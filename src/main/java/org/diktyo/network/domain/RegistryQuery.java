package org.diktyo.network.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.diktyo.language.GreekText;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.Problem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds municipalities by status, region and free text (accents, case and final sigma
 * ignored) and sorts them by name with a Greek or English collator, by population or by
 * status. The whole country is 332 rows, so sorting happens here, the same on every database.
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

    private static final List<MembershipStatus> STATUS_ORDER = List.of(MembershipStatus.MEMBER,
            MembershipStatus.CANDIDATE, MembershipStatus.PROSPECT, MembershipStatus.FORMER);

    private final Municipalities municipalities;

    RegistryQuery(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @Transactional(readOnly = true)
    public Page find(MembershipStatus status, String region, String text, Sort sort, Locale locale, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new Problem(org.springframework.http.HttpStatus.BAD_REQUEST, "network.registry.paging", MAX_SIZE);
        }
        String key = text == null || text.isBlank() ? null : GreekText.searchKey(text);
        String regionFilter = region == null || region.isBlank() ? null : region;
        List<Municipality> all = municipalities.search(status, regionFilter, key).stream()
                .sorted(order(sort == null ? Sort.NAME : sort, locale)).toList();
        int from = Math.min(page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page(all.subList(from, to), page, size, all.size());
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
