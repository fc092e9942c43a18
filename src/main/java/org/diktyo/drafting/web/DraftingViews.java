package org.diktyo.drafting.web;

import java.util.List;
import java.util.Map;

import org.diktyo.drafting.Amendment;
import org.diktyo.drafting.CitedDecision;
import org.diktyo.platform.FormErrors;

/** What the drafting pages show, already in the reader's language; the same for every owner's texts. */
public final class DraftingViews {

    private DraftingViews() {
    }

    /**
     * The text a page is about: its title and page (as its owner names them), whether its
     * consultation is open, until when, and the secretariat's board of its amendments.
     */
    public record Header(String textId, String title, String ownerPage, boolean open, String closes, String board,
            List<CitedDecision> decisions) {

        /** The decision a stored reference names, to be shown as a link; {@code null} for free text. */
        public CitedDecision cited(String reference) {
            return reference == null ? null
                    : decisions.stream().filter(d -> d.reference().equals(reference)).findFirst().orElse(null);
        }

        /** The decisions as a list to choose from, after an empty choice named {@code none}. */
        public Map<String, String> choices(String none, java.util.Locale locale) {
            Map<String, String> choices = new java.util.LinkedHashMap<>();
            choices.put("", none);
            decisions.forEach(d -> choices.put(d.reference(), d.label().in(locale)));
            return choices;
        }
    }

    /** A clause: its number, heading, text as safe HTML and the revision an amendment is written against. */
    public record ClauseView(String key, String number, String heading, String html, String revision) {
    }

    /** A comment: the municipality (or the role, for the secretariat and partners), its date, its body as safe HTML. */
    public record CommentView(long id, String municipality, String role, String date, String html, boolean hidden,
            String hiddenReason) {
    }

    /** An amendment in a list or on the board. */
    public record AmendmentRow(String id, String clauseKey, String clauseNumber, String municipality,
            List<String> cosponsors, String kind, String state, int supports, int objections, int comments,
            String created, boolean undecided) {
    }

    /** The comment form and the secretariat's hide forms of a list of comments, with what was typed. */
    public record Comments(List<CommentView> items, boolean mayWrite, String action, String body, FormErrors errors,
            FormErrors hideErrors, long hideId) {
    }

    /** A clause with its amendments and comments. */
    public record ClausePage(Header header, ClauseView clause, List<AmendmentRow> amendments, boolean mayPropose,
            Comments comments) {
    }

    /** What a proposal form holds, as typed. */
    public record ProposalForm(String municipalityId, String kind, String baseRevision, String headingEl,
            String headingEn, String textEl, String textEn, String justification, List<String> cosponsors) {
    }

    /**
     * The form to propose an amendment to a clause; {@code municipalities} the ones the viewer may
     * propose for (one for a focal point), {@code cosponsors} the others taking part.
     */
    public record ProposePage(Header header, ClauseView clause, ProposalForm form, Map<String, String> municipalities,
            Map<String, String> cosponsors, FormErrors errors) {
    }

    /** The stance form and the decision form as typed. */
    public record StanceForm(String municipalityId, String stance, String reason) {
    }

    public record DecisionForm(String state, String headingEl, String headingEn, String textEl, String textEn,
            String note, String reference) {
    }

    /**
     * An amendment with the clause it changes, the forms the viewer may use (its municipality
     * submits or withdraws it, a municipality taking part supports or objects, the secretariat
     * decides) and its comments; {@code errors} belong to the form named by {@code failed}.
     */
    public record AmendmentPage(Header header, Amendment amendment, AmendmentRow row, ClauseView clause,
            String proposedHtml, String decidedHtml, boolean mayManage, Map<String, String> stanceFor, boolean mayDecide,
            StanceForm stance, DecisionForm decision, String failed, FormErrors errors, Comments comments) {

        public FormErrors errorsOf(String form) {
            return form.equals(failed) ? errors : FormErrors.NONE;
        }
    }

    /** The secretariat's board: every amendment of a text, filtered by state. */
    public record BoardPage(Header header, List<AmendmentRow> rows, String state, List<String> states) {
    }
}
