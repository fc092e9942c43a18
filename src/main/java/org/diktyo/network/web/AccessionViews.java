package org.diktyo.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.diktyo.network.domain.AccessionActivity;
import org.diktyo.network.domain.AccessionAdvance;
import org.diktyo.network.domain.AccessionNote;
import org.diktyo.network.domain.AccessionOpening;
import org.diktyo.network.domain.AccessionStage;
import org.diktyo.network.domain.JoinForm;
import org.diktyo.network.domain.ReadAccessions;
import org.diktyo.network.domain.Region;
import org.diktyo.platform.FormErrors;

/** What the accession pages show. */
public final class AccessionViews {

    private AccessionViews() {
    }

    /** A day as the timeline shows it: «17 Ιουνίου 2024» (the genitive month), «17 June 2024». */
    public static String day(LocalDate day, java.util.Locale locale) {
        return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                org.diktyo.language.Language.english(locale) ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("el")));
    }

    /** The detail of an answer's entry ({@code 2/1} or {@code 2/1/phone}): parts attended and declined. */
    public static String[] answer(String detail) {
        String[] parts = detail == null ? new String[0] : detail.split("/");
        return new String[] {parts.length > 0 ? parts[0] : "0", parts.length > 1 ? parts[1] : "0",
            parts.length > 2 ? "true" : "false"};
    }

    /** A region and its municipalities ({@code id → official name}), for the join form's list. */
    public record RegionGroup(String name, Map<String, String> municipalities) {
    }

    /** The filters of the board as chosen (empty: all). */
    public record Filters(String region, String owner, String source) {
    }

    /**
     * The board: the secretariat's columns of open cases by stage (null for a partner), the
     * counts by stage (for a partner), the filters, and the form to open a case.
     */
    public record Board(Map<AccessionStage, List<ReadAccessions.Listed>> columns, Map<AccessionStage, Integer> counts,
            Filters filters, List<Region> regions, List<String> owners, LocalDate today, AccessionOpening form,
            FormErrors errors, Map<String, String> prospects, Names names) {
    }

    /** A case with its timeline and the secretariat's forms. */
    public record CasePage(ReadAccessions.Listed listed, List<AccessionActivity> timeline, LocalDate today,
            AccessionAdvance advance, FormErrors advanceErrors, AccessionNote note, FormErrors noteErrors, Names names) {
    }

    /** A focal point's own case (null: none open). */
    public record OwnCase(ReadAccessions.Listed listed, LocalDate today, Names names) {
    }

    public record Join(JoinForm form, FormErrors errors, List<RegionGroup> regions) {
    }

    /** The confirmed request: the municipality's official name. */
    /** The page of the mail's link: the municipality and where the button posts. */
    public record Confirm(String municipality, String action) {
    }

    public record Confirmed(String municipality) {
    }
}
