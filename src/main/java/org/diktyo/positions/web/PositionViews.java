package org.diktyo.positions.web;

import org.diktyo.language.Athens;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.diktyo.drafting.Clause;
import org.diktyo.drafting.ClauseMarkdown;
import org.diktyo.language.DatePhrases;
import org.diktyo.platform.FormErrors;
import org.diktyo.documents.SignatureCheck;
import org.diktyo.positions.domain.CoSignature;
import org.diktyo.positions.domain.Position;
import org.diktyo.positions.domain.ReadPositions;

/** What the positions' pages show, every string already in the reader's language. */
public final class PositionViews {

    static final ZoneId ATHENS = Athens.ZONE;
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d/M/yyyy HH:mm").withZone(ATHENS);

    private PositionViews() {
    }

    /** A clause: its heading (may be empty) and its text as safe XHTML (CommonMark, every value escaped). */
    public record ClauseView(String key, String heading, String html) {
        static List<ClauseView> of(List<Clause> clauses, Locale locale) {
            return clauses.stream().map(c -> new ClauseView(c.key(), c.heading().in(locale),
                    ClauseMarkdown.html(c.text().in(locale)))).toList();
        }
    }

    /** A row of a list of positions. */
    public record Row(String id, String title, String subject, String state, String sentOn) {
        static Row of(Position p, Locale locale) {
            return new Row(p.id(), p.title().in(locale), p.subject().in(locale), p.state().name(),
                    p.sentOn() == null ? null : DatePhrases.plain(p.sentOn(), locale));
        }
    }

    public record ListPage(List<Row> rows, boolean admin) {
    }

    /** A position as the public (once sent) or anyone signed in reads it. */
    public record PositionPage(Position position, String title, String subject, String sentOn, List<String> to,
            List<String> cc, List<ClauseView> clauses, List<CoSignature> signatories, String deadline,
            List<ResponseView> responses, List<String> endorsements) {
    }

    /** A ministry's answer as shown. */
    public record ResponseView(String id, String receivedOn, String from, String protocolNo, String summary) {
        static ResponseView of(org.diktyo.positions.domain.PositionResponse r, Locale locale) {
            return new ResponseView(r.id(), DatePhrases.plain(r.receivedOn(), locale), r.fromBody(), r.protocolNo(),
                    r.summary().in(locale));
        }
    }

    /** A follow-up action as typed (the due date as text, so that a wrong one comes back as it was). */
    public record ActionText(String action, String owner, String dueOn) {
    }

    /** A follow-up action of an answer as shown. */
    public record ActionLine(String id, String action, String owner, String dueOn, boolean done) {
        static ActionLine of(org.diktyo.followups.FollowUp f, Locale locale) {
            return new ActionLine(f.id(), f.action(), f.owner(), f.dueOn() == null ? null : DatePhrases.plain(f.dueOn(), locale),
                    f.done());
        }
    }

    /** An answer with its follow-up actions and the form of a new one. */
    public record AnswerPage(String positionId, String title, ResponseView response, List<ActionLine> actions,
            ActionText form, FormErrors errors) {
    }

    /** A correction as shown: why, when, and the clauses it changed, word by word. */
    public record ChangeView(String reason, String at, List<org.diktyo.drafting.Diff.ClauseChange> clauses) {
        static List<ChangeView> of(List<org.diktyo.positions.domain.CompareCorrections.Change> changes) {
            return changes.stream().map(c -> new ChangeView(c.reason(), WHEN.format(c.at()), c.clauses())).toList();
        }
    }

    /** The comparison page of a position's corrections; {@code back}: the page it was reached from. */
    public record ChangesPage(String title, String back, List<ChangeView> changes) {
    }

    /** The secretariat's upload of a municipality's signed letter. */
    public record UploadPage(String positionId, String title, String municipalityId, String municipality, String status,
            String deadline, String refusal, String uploadLimit) {
    }

    /** A municipality in the signature tracker. */
    public record TrackerLine(String municipalityId, String name, String status, String signatory, String signedAt,
            String method, SignatureCheck letter, List<Earlier> earlier) {
        static TrackerLine of(ReadPositions.TrackerRow r, Locale locale, SignatureCheck letter,
                List<org.diktyo.positions.domain.EarlierSignature> earlier) {
            CoSignature s = r.signature();
            return new TrackerLine(r.municipalityId(), r.name().in(locale), r.status(), s == null ? null : s.signatoryName(),
                    s == null ? null : WHEN.format(s.signedAt()), s == null ? null : s.method(), letter,
                    earlier.stream().map(e -> new Earlier(WHEN.format(e.signedAt()), e.method(), e.state().name(),
                            e.textHash().substring(0, Math.min(12, e.textHash().length())), e.letterFileId() != null)).toList());
        }
    }

    /** A signature as it was before it was replaced: when, how, its state, the start of the hash it signed, a letter. */
    public record Earlier(String signedAt, String method, String state, String hash, boolean letter) {
    }

    /** The secretariat's page of a position: the tracker, reminders, the close, the send form, what was sent. */
    public record TrackerPage(Position position, String title, String deadline, long counting, List<TrackerLine> rows,
            List<ReadPositions.SentMessage> sent, List<String> corrections, FormErrors errors, String refusal,
            String protocolNo, String reason, List<ResponseView> answers, List<String> endorsements,
            java.util.Map<String, String> mayEndorse) {
    }

    /** The form of a position: the one edited (null when new), whether its details and addressees may change. */
    public record FormPage(String id, String title, boolean details, boolean addressees, PositionForm form,
            FormErrors errors) {
    }

    /** A position a focal point's municipality may sign. */
    public record ToSignLine(String id, String title, String deadline, String status, String textHash) {
    }

    public record ToSignPage(List<ToSignLine> rows, String refusal, String refusedId, String uploadLimit) {
    }

    /** The page of a mayor's personal link. */
    public record SignPage(String token, String title, String subject, String municipality, String deadline,
            String status, String textHash, List<ClauseView> clauses, boolean open, String refusal, String uploadLimit) {
    }

    /** A signature's status for a municipality: SIGNED, TO_RECONFIRM, WITHDRAWN or NOT_SIGNED. */
    static String status(Position p, CoSignature s) {
        if (s == null) {
            return "NOT_SIGNED";
        }
        return s.counts(p.textHash()) ? "SIGNED" : s.state().name().equals("WITHDRAWN") ? "WITHDRAWN" : "TO_RECONFIRM";
    }

    /** {@code έως την Τρίτη 11 Ιουνίου 2024}: the last day of signing, after a preposition. */
    static String deadline(Position p, Locale locale) {
        return p.closesOn() == null ? null : DatePhrases.afterPreposition(p.closesOn(), locale);
    }
}
