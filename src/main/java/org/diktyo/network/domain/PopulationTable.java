package org.diktyo.network.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diktyo.language.GreekText;

/**
 * ELSTAT's population table, with its one known defect mended: a code that appears twice
 * belongs, on the row that sits among other codes, to the gap between its neighbours
 * (Ηράκλειο Αττικής carries 7101 between 4603 and 4605, so it is 4604).
 */
public final class PopulationTable {

    /** One municipality's row. */
    public record Row(String code, String name, Integer total2021, Integer total2011) {
    }

    private final Map<String, Row> byCode;
    private final Map<String, List<Row>> byName;
    private final List<String> mended;

    private PopulationTable(List<Row> rows, List<String> mended) {
        this.byCode = new HashMap<>();
        this.byName = new HashMap<>();
        for (Row row : rows) {
            byCode.put(row.code(), row);
            byName.computeIfAbsent(GreekText.searchKey(row.name()), k -> new ArrayList<>()).add(row);
        }
        this.mended = List.copyOf(mended);
    }

    public static PopulationTable read(InputStream csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                rows.add(new Row(f[0].trim(), f[1].trim(), number(f[2]), number(f[3])));
            }
        }
        return new PopulationTable(mend(rows), mendedCodes(rows));
    }

    private static List<Row> mend(List<Row> rows) {
        Set<String> seen = new HashSet<>();
        List<Row> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!seen.add(row.code()) && i > 0 && i + 1 < rows.size()) {
                int before = Integer.parseInt(rows.get(i - 1).code());
                int after = Integer.parseInt(rows.get(i + 1).code());
                if (after - before == 2) {
                    row = new Row(String.format("%04d", before + 1), row.name(), row.total2021(), row.total2011());
                }
            }
            result.add(row);
        }
        return result;
    }

    private static List<String> mendedCodes(List<Row> rows) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (Row row : rows) {
            if (!seen.add(row.code())) {
                twice.add(row.code());
            }
        }
        return twice;
    }

    public Row byCode(String code) {
        return byCode.get(code);
    }

    /** The rows whose name, without accents or case, is {@code name}. */
    public List<Row> byName(String name) {
        return byName.getOrDefault(GreekText.searchKey(name), Collections.emptyList());
    }

    /** Codes found more than once in the source, before mending. */
    public List<String> duplicatedCodes() {
        return mended;
    }

    public int size() {
        return byCode.size();
    }

    private static Integer number(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
    }
}
