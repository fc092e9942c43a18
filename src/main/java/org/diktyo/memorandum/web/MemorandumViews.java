package org.diktyo.memorandum.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diktyo.documents.SignatureCheck;
import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.drafting.Diff;
import org.diktyo.language.DatePhrases;
import org.diktyo.memorandum.domain.Adoption;
import org.diktyo.memorandum.domain.MemorandumVersion;
import org.diktyo.platform.FormErrors;

/** What the memorandum's pages show, already in the reader's language. */
public final class MemorandumViews {

    private MemorandumViews() {
    }

    /** A clause as a page shows it: its text as safe HTML (Markdown with HTML escaped), and the amendments to it. */
    public record ClauseView(String key, String number, String heading, String html, List<Amendment> amendments) {
    }

    /** A version with its clauses; {@code others} the versions to compare it with. */
    public record VersionPage(MemorandumVersion version, String label, String changelog, String inForceFrom,
            List<ClauseView> clauses, List<MemorandumVersion> others, boolean signedIn) {
    }

    /** The comparison of version {@code from} with version {@code to}. */
    public record ComparePage(MemorandumVersion from, MemorandumVersion to, String fromLabel, String toLabel, Diff diff) {
    }

    /** A verified adoption as the public reads it: who, the decision's number and date, its ΑΔΑ. */
    public record AdoptionLine(String municipality, String decisionNumber, String decisionDate, String ada,
            String diavgeiaUrl) {
    }

    /** A municipality in the adoption tracker; {@code state} is {@code NONE} when nothing was asked or recorded. */
    public record TrackerRow(String municipalityId, String name, String state, String decisionNumber, String decisionDate,
            boolean signedCopy, String refusalReason, boolean late, SignatureCheck signature) {

        /** A broken signature or a copy changed after signing: shown in red, not blocked. */
        public boolean badSignature() {
            return signature != null && signature.integrity().bad();
        }

        public boolean signed() {
            return "SIGNED".equals(state);
        }

        public boolean refusable() {
            return "SIGNED".equals(state) || "DECISION_RECORDED".equals(state);
        }

        /** A verified adoption may be revoked on a formal withdrawal. */
        public boolean revocable() {
            return "VERIFIED".equals(state);
        }
    }

    /** The secretariat's adoption tracker of a version; the errors of the request form and of one row's forms. */
    public record TrackerPage(MemorandumVersion version, String label, String deadline, List<TrackerRow> rows,
            long verified, FormErrors requestErrors, FormErrors rowErrors, String rowId) {
    }

    /** A council's decision as typed on the adoption page (dates as ISO text, from a date field). */
    public record DecisionForm(String decisionNumber, String decisionDate, String ada, String signatoryName,
            String signatoryCapacity, String authorisationRef, String signedOn) {

        static DecisionForm of(Adoption a) {
            return new DecisionForm(a.decisionNumber(), text(a.decisionDate()), a.ada(), a.signatoryName(),
                    a.signatoryCapacity() == null ? "MAYOR" : a.signatoryCapacity().name(), a.authorisationRef(),
                    text(a.signedOn()));
        }

        private static String text(java.time.LocalDate date) {
            return date == null ? "" : date.toString();
        }
    }

    /** The page of a municipality's adoption link: the version, the two steps, the secretariat's answer. */
    public record AdoptionPage(String token, String label, int number, String municipality, Adoption adoption,
            DecisionForm form, FormErrors decisionErrors, FormErrors copyErrors, String uploadLimit,
            SignatureCheck signature) {

        public boolean editable() {
            return adoption.state().editable();
        }

        public boolean decided() {
            return adoption.decisionNumber() != null;
        }
    }

    static VersionPage version(MemorandumVersion v, List<Clause> clauses, List<Amendment> amendments,
            List<MemorandumVersion> all, boolean signedIn, Locale locale) {
        Map<String, List<Amendment>> byClause = amendments.stream()
                .collect(java.util.stream.Collectors.groupingBy(Amendment::clauseKey));
        List<ClauseView> views = clauses.stream().map(c -> new ClauseView(c.key(), c.number().in(locale),
                c.heading().in(locale), ClauseMarkdown.html(c.text().in(locale)), byClause.getOrDefault(c.key(), List.of())))
                .toList();
        return new VersionPage(v, v.label().in(locale), v.changelog().in(locale),
                v.inForceFrom() == null ? null : DatePhrases.date(v.inForceFrom(), locale), views,
                all.stream().filter(o -> o.number() != v.number()).toList(), signedIn);
    }

    /** A focal point's page of the memorandum: its municipality's name, dates written for the reader. */
    public record OwnPage(org.diktyo.memorandum.domain.ReadOwnAdoption.Own own, String municipality, String inForceFrom,
            String decisionDate) {
    }
}
