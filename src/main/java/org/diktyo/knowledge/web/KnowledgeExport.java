package org.diktyo.knowledge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.diktyo.knowledge.domain.Entry;
import org.diktyo.knowledge.domain.ExportEntries;
import org.diktyo.knowledge.domain.Term;
import org.diktyo.knowledge.domain.Vocabularies;
import org.diktyo.language.Bilingual;
import org.diktyo.platform.OneSheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The entries as an XLSX workbook for the secretariat and the partners (who may, and which
 * entries: {@link ExportEntries}), headers and labels in the reader's language, amounts as
 * numbers, every text cell made safe from formula injection ({@link OneSheet}).
 */
@RestController
@Tag(name = "knowledge")
class KnowledgeExport {

    private final ExportEntries export;
    private final Vocabularies vocabularies;
    private final Names names;
    private final MessageSource messages;

    KnowledgeExport(ExportEntries export, Vocabularies vocabularies, Names names, MessageSource messages) {
        this.export = export;
        this.vocabularies = vocabularies;
        this.names = names;
        this.messages = messages;
    }

    private record Column(String key, Function<Entry, Object> value) {
    }

    // the second address is the pages' link, for a signed-in reader (the API's wants a token)
    @GetMapping({"/api/v1/knowledge/entries.xlsx", "/admin/knowledge/entries.xlsx"})
    @Operation(summary = "The entries as an XLSX workbook (the secretariat: every entry; a partner: the published ones,"
            + " without the contact's name); recorded in the audit trail")
    void xlsx(Locale locale, HttpServletResponse response) throws IOException {
        List<Entry> entries = export.entries();
        List<Column> columns = columns(locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("diktyo-entries.xlsx", StandardCharsets.UTF_8).build().toString());
        OneSheet.write(response.getOutputStream(), t("knowledge.export.sheet", locale),
                columns.stream().map(c -> t(c.key(), locale)).toList(),
                entries.stream().map(e -> columns.stream().map(c -> c.value().apply(e)).toList()).toList());
    }

    private List<Column> columns(Locale locale) {
        Map<String, Bilingual> municipalities = names.all();
        Map<String, Term> themes = vocabularies.themesByCode();
        Map<String, Term> groups = vocabularies.targetGroupsByCode();
        Map<String, String> organisations = names.organisations(locale);
        return List.of(
                new Column("knowledge.export.id", Entry::id),
                new Column("knowledge.export.kind", e -> t("knowledge.kind." + e.kind().name(), locale)),
                new Column("knowledge.field.state", e -> t("knowledge.state." + e.state().name(), locale)),
                new Column("knowledge.field.owner", e -> KnowledgePages.name(municipalities, e.ownerId(), locale)),
                new Column("knowledge.field.titleEl", Entry::titleEl),
                new Column("knowledge.field.titleEn", Entry::titleEn),
                new Column("knowledge.field.themes", e -> String.join(", ", e.themes().stream()
                        .map(c -> themes.containsKey(c) ? themes.get(c).label().in(locale) : c).toList())),
                new Column("knowledge.field.targetGroups", e -> String.join(", ", e.targetGroups().stream()
                        .map(c -> groups.containsKey(c) ? groups.get(c).label().in(locale) : c).toList())),
                new Column("knowledge.field.status", e -> t("knowledge.status." + e.status().name(), locale)),
                new Column("knowledge.field.periodStart", e -> e.periodStart() == null ? "" : e.periodStart().toString()),
                new Column("knowledge.field.periodEnd", e -> e.periodEnd() == null ? "" : e.periodEnd().toString()),
                new Column("knowledge.section.funding", e -> String.join("; ", e.details().funding().stream()
                        .map(f -> t("knowledge.funding." + f.source().name(), locale)
                                + (f.programme().isEmpty() ? "" : " (" + f.programme() + ")")).toList())),
                new Column("knowledge.export.fundingTotal", e -> e.details().fundingTotal()),
                new Column("knowledge.section.results", e -> String.join("; ", e.details().results().stream()
                        .map(r -> r.indicator().in(locale) + ": " + r.value().toPlainString() + " " + r.unit()
                                + (r.year() == null ? "" : " (" + r.year() + ")")).toList())),
                new Column("knowledge.section.lessons", e -> e.details().lessons().in(locale)),
                new Column("knowledge.section.transferability", e -> e.details().transferability().in(locale)),
                new Column("knowledge.field.partners", e -> String.join(", ", e.details().partners().stream()
                        .map(m -> KnowledgePages.name(municipalities, m, locale)).toList())),
                new Column("knowledge.field.organisations", e -> String.join(", ", e.details().organisations().stream()
                        .map(o -> organisations.getOrDefault(o, o)).toList())),
                new Column("knowledge.field.axes", e -> String.join("; ", e.details().axes().stream()
                        .map(a -> t("knowledge.axis." + a, locale)).toList())),
                new Column("knowledge.field.contactRole", e -> e.details().contact().role()),
                new Column("knowledge.field.contactService", e -> e.details().contact().service()),
                new Column("knowledge.field.contactEmail", e -> e.details().contact().email()),
                new Column("knowledge.field.contactPerson", e -> e.details().contact().person()),
                new Column("knowledge.export.shared", e -> e.sharedBy().size()),
                new Column("knowledge.export.address", e -> KnowledgePages.base(e.kind()) + "/" + e.slug()));
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
