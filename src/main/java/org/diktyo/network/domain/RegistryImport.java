package org.diktyo.network.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.network.MembershipStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports the regions, regional units and 332 municipalities of Greece with their
 * populations, and the network's members, from {@code classpath:registry/}. Idempotent:
 * what is already there is left as it is (the secretariat may have edited it); only what is
 * missing is added.
 */
@Service
public class RegistryImport {

    private static final Logger log = LoggerFactory.getLogger(RegistryImport.class);

    private final Regions regions;
    private final RegionalUnits units;
    private final Municipalities municipalities;
    private final MembershipChanges changes;
    private final JsonMapper json;
    private final Clock clock;
    private final LegacyOverrides legacy;

    RegistryImport(Regions regions, RegionalUnits units, Municipalities municipalities, MembershipChanges changes,
            JsonMapper json, Clock clock, LegacyOverrides legacy) {
        this.legacy = legacy;
        this.regions = regions;
        this.units = units;
        this.municipalities = municipalities;
        this.changes = changes;
        this.json = json;
        this.clock = clock;
    }

    /** What an import did. */
    public record Outcome(int added, int total, int byAlias, List<String> unmatched) {
    }

    @Transactional
    public Outcome run() {
        try {
            JsonNode el = json.readTree(read("administrative-regions-el.json"));
            JsonNode en = json.readTree(read("administrative-regions-en.json"));
            PopulationTable population = PopulationTable.read(open("municipality-populations.csv"));
            Map<Integer, String[]> aliases = csv("elstat-aliases.csv", 6);
            Map<Integer, String[]> members = csv("cni-members.csv", 7);
            Map<Integer, JsonNode> english = englishById(en);

            int added = 0;
            int byAlias = 0;
            List<String> unmatched = new java.util.ArrayList<>();
            int sort = 0;
            for (JsonNode region : el) {
                JsonNode regionEn = english.get(-region.get("id").asInt());
                String regionId = region.get("iso31662").asString();
                if (!regions.existsById(regionId)) {
                    regions.save(new Region(regionId, region.get("name").asString(), regionEn.get("name").asString(),
                            region.get("seat").asString(), regionEn.get("seat").asString(), ++sort));
                } else {
                    sort++;
                }
                for (JsonNode unit : region.get("units")) {
                    int unitId = unit.get("id").asInt();
                    JsonNode unitEn = english.get(1000 + unitId);
                    if (!units.existsById(unitId)) {
                        units.save(new RegionalUnit(unitId, regionId, unit.get("name").asString(),
                                unitEn.get("name").asString()));
                    }
                    for (JsonNode m : unit.get("municipalities")) {
                        int sourceId = m.get("id").asInt();
                        String[] alias = aliases.get(sourceId);
                        PopulationTable.Row row = alias != null ? population.byCode(alias[1])
                                : single(population.byName(m.get("name").asString()));
                        if (alias != null) {
                            byAlias++;
                        }
                        if (row == null) {
                            unmatched.add(m.get("name").asString());
                        }
                        if (municipalities.findBySourceId(sourceId).isPresent()) {
                            continue;
                        }
                        municipalities.save(municipality(m, english.get(100000 + sourceId), regionId, unitId, alias, row,
                                members.get(sourceId)));
                        added++;
                    }
                }
            }
            municipalities.flush();
            List<String> overridden = legacy.apply();
            if (!overridden.isEmpty()) {
                log.info("registry import: members without evidence given an override: {}", overridden);
            }
            Outcome outcome = new Outcome(added, (int) municipalities.count(), byAlias, unmatched);
            log.info("registry import: {} added, {} in all, {} joined by alias, unmatched {}", added,
                    outcome.total(), byAlias, unmatched);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Municipality municipality(JsonNode m, JsonNode en, String regionId, int unitId, String[] alias,
            PopulationTable.Row row, String[] member) {
        String genitive = m.get("name").asString();
        String nameEn = member != null ? member[2] : en.get("name").asString();
        Municipality municipality = new Municipality(slug(en.get("name").asString()), m.get("id").asInt(), regionId,
                unitId, m.get("seat").asString(), en.get("seat").asString());
        String official = alias != null && !alias[2].isBlank() ? alias[2]
                : member != null ? member[1] : genitive;
        // Official names are data: «Δήμος» / «Δήμαρχος» with the stored genitive, never an inflection by rule.
        municipality.rename(official, nameEn, "Δήμος " + official, "Municipality of " + nameEn,
                "Δήμαρχος " + official, "Mayor of " + nameEn);
        if (row != null) {
            municipality.population(row.code(), row.total2021(), row.total2011());
        }
        if (member != null) {
            String[] joined = member[3].split("-");
            Integer month = joined.length > 1 ? Integer.valueOf(joined[1]) : null;
            municipality.joined(Integer.valueOf(joined[0]), month, "yes".equals(member[4]));
            municipality.status(MembershipStatus.MEMBER);
            municipalities.saveAndFlush(municipality);
            changes.save(new MembershipChange(municipality.id(), null, MembershipStatus.MEMBER,
                    LocalDate.of(Integer.parseInt(joined[0]), month == null ? 1 : month, 1), member[6], member[5], "import",
                    Instant.now(clock)));
        }
        return municipality;
    }

    private static PopulationTable.Row single(List<PopulationTable.Row> rows) {
        return rows.size() == 1 ? rows.get(0) : null;
    }

    /** English nodes by id: regions by -id, units by 1000 + id, municipalities by 100000 + id. */
    private static Map<Integer, JsonNode> englishById(JsonNode en) {
        Map<Integer, JsonNode> byId = new HashMap<>();
        for (JsonNode region : en) {
            byId.put(-region.get("id").asInt(), region);
            for (JsonNode unit : region.get("units")) {
                byId.put(1000 + unit.get("id").asInt(), unit);
                for (JsonNode m : unit.get("municipalities")) {
                    byId.put(100000 + m.get("id").asInt(), m);
                }
            }
        }
        return byId;
    }

    static String slug(String english) {
        return english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Map<Integer, String[]> csv(String name, int columns) throws IOException {
        Map<Integer, String[]> rows = new HashMap<>();
        String[] lines = new String(read(name), StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                String[] fields = lines[i].split(",", columns);
                rows.put(Integer.valueOf(fields[0].trim()), fields);
            }
        }
        return rows;
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream open(String name) throws IOException {
        return new ClassPathResource("registry/" + name).getInputStream();
    }
}
