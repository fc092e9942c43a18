package org.diktyo.network.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Validator;

import org.diktyo.accounts.RefillingBuckets;
import org.diktyo.links.Link;
import org.diktyo.links.PersonalLinks;
import org.diktyo.mail.BilingualBody;
import org.diktyo.mail.OutgoingMail;
import org.diktyo.mail.Outbox;
import org.diktyo.network.AccessionActivityKind;
import org.diktyo.network.MembershipStatus;
import org.diktyo.platform.BaseUrl;
import org.diktyo.platform.Checks;
import org.diktyo.platform.Problem;
import org.diktyo.platform.TooManyRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Join the network": a municipality's official asks to join; the request is kept waiting and a
 * personal link (48 hours) goes by mail; following it confirms the request, opens the
 * municipality's case at INTERESTED (or moves an earlier one there), adds the entry and mails the
 * secretariat. Limits: requests from one client address in memory
 * ({@code diktyo.network.join-per-address} at once, one more every
 * {@code diktyo.network.join-refill}; then 429), and in the database one waiting request per
 * municipality and address (a second is refused politely, across instances).
 */
@Service
public class JoinTheNetwork {

    public static final String PURPOSE = "accession-join";
    static final Duration VALID = Duration.ofHours(48);
    static final Locale GREEK = Locale.forLanguageTag("el");

    /** A request as kept. */
    record Request(String municipalityId, String fullName, String position, String email, String message, String state,
            Instant requestedAt) {
    }

    /** What a request came to: SENT (waiting for its link) or IGNORED (a robot's; nothing kept). */
    public enum Outcome { SENT, IGNORED }

    private final JdbcTemplate jdbc;
    private final Municipalities municipalities;
    private final MembershipStore membership;
    private final AccessionStore cases;
    private final AccessionTimeline timeline;
    private final OpenAccessionCase opening;
    private final DeriveMembership derive;
    private final PersonalLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final BaseUrl baseUrl;
    private final Validator validator;
    private final RefillingBuckets addresses;
    private final String secretariat;
    private final Clock clock;

    JoinTheNetwork(JdbcTemplate jdbc, Municipalities municipalities, MembershipStore membership, AccessionStore cases,
            AccessionTimeline timeline, OpenAccessionCase opening, DeriveMembership derive, PersonalLinks links,
            Outbox outbox, MessageSource messages, BaseUrl baseUrl, Validator validator,
            @Value("${diktyo.network.join-per-address:10}") int perAddress,
            @Value("${diktyo.network.join-refill:6m}") Duration refill,
            @Value("${diktyo.network.secretariat-email:${diktyo.mail.reply-to:secretariat@localhost}}") String secretariat,
            Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.membership = membership;
        this.cases = cases;
        this.timeline = timeline;
        this.opening = opening;
        this.derive = derive;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.validator = validator;
        this.addresses = new RefillingBuckets(perAddress, refill, clock);
        this.secretariat = secretariat;
        this.clock = clock;
    }

    /** Counts a request from {@code address}; over the limit, 429 (before anything else is looked at). */
    public void admit(String address) {
        if (!addresses.trySpend(address)) {
            throw new TooManyRequests(addresses.waitFor(address), "network.join.tooMany");
        }
    }

    @Transactional
    public Outcome request(JoinForm form) {
        if (form != null && form.website() != null && !form.website().isBlank()) {
            return Outcome.IGNORED;
        }
        Checks.validate(validator, form);
        String municipalityId = form.municipalityId().trim();
        Municipality m = municipalities.findById(municipalityId).orElseThrow(() -> Problem.invalid(
                List.of(new Problem.FieldProblem("municipalityId", "network.join.municipality.unknown"))));
        String email = form.email().trim();
        String key = m.id() + "|" + email.toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        jdbc.update("update join_request set state = 'EXPIRED', pending_key = null where pending_key = ?"
                + " and requested_at < ?", key, Timestamp.from(now.minus(VALID)));
        if (jdbc.queryForObject("select count(*) from join_request where pending_key = ?", Integer.class, key) > 0) {
            throw new Problem(HttpStatus.CONFLICT, "network.join.pending");
        }
        String id = UUID.randomUUID().toString();
        try {
            jdbc.update("insert into join_request (id, municipality_id, full_name, position, email, message, state,"
                    + " pending_key, requested_at) values (?, ?, ?, ?, ?, ?, 'PENDING_CONFIRMATION', ?, ?)", id, m.id(),
                    form.fullName().trim(), form.position().trim(), email, OpenAccessionCase.blank(form.message()), key,
                    Timestamp.from(now));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new Problem(HttpStatus.CONFLICT, "network.join.pending");
        }
        String link = baseUrl.get() + "/join/confirm/" + links.issue(PURPOSE, id);
        outbox.queue(mail("network.join.mail.", email, m, link, form.fullName().trim(), id));
        return Outcome.SENT;
    }

    /**
     * The municipality whose request the link confirms, without confirming it (the page that asks
     * for the click: a mail scanner that opens the link confirms nothing): 404 unknown, 410 used
     * or expired.
     */
    @Transactional(readOnly = true)
    public String pending(String token) {
        return waiting(token).request().municipalityId();
    }

    private record Waiting(Link link, Request request) {
    }

    private Waiting waiting(String token) {
        Link link = links.find(PURPOSE, token).orElseThrow(Problem::notFound);
        if (link.revoked()) {
            throw new Problem(HttpStatus.GONE, "network.join.used");
        }
        Request request = jdbc.query("select municipality_id, full_name, position, email, message, state, requested_at"
                + " from join_request where id = ?", (rs, n) -> new Request(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), link.subject())
                .stream().findFirst().orElseThrow(Problem::notFound);
        if (!"PENDING_CONFIRMATION".equals(request.state())) {
            throw new Problem(HttpStatus.GONE, "network.join.used");
        }
        if (request.requestedAt().plus(VALID).isBefore(clock.instant())) {
            throw new Problem(HttpStatus.GONE, "network.join.expired");
        }
        return new Waiting(link, request);
    }

    /** Confirms the request of the link: 404 unknown, 410 used or expired. Returns the municipality's id. */
    @Transactional
    public String confirm(String token) {
        Waiting waiting = waiting(token);
        Link link = waiting.link();
        Request request = waiting.request();
        String municipalityId = request.municipalityId();
        if (jdbc.update("update join_request set state = 'CONFIRMED', pending_key = null, confirmed_at = ? where id = ?"
                + " and state = 'PENDING_CONFIRMATION'", Timestamp.from(clock.instant()), link.subject()) == 0) {
            throw new Problem(HttpStatus.GONE, "network.join.used"); // a second click, at the same moment
        }
        links.revoke(PURPOSE, link.subject());
        MembershipStore.Row m = membership.lock(municipalityId).orElseThrow(Problem::notFound);
        LocalDate today = derive.today();
        String text = request.fullName() + ", " + request.position() + " <" + request.email() + ">"
                + (request.message() == null ? "" : "\n\n" + request.message());
        if (m.status() != MembershipStatus.MEMBER) {
            AccessionCase c = cases.openFor(municipalityId).orElseGet(() -> opening.open(m, new AccessionOpening(municipalityId,
                    AccessionSource.EXPRESSION_OF_INTEREST, AccessionStage.INTERESTED, null, null, null, null), today, "join"));
            if (c.stage().ordinal() < AccessionStage.INTERESTED.ordinal()) {
                timeline.stage(c, AccessionStage.INTERESTED, today, null, "join");
            }
            timeline.record(c, new AccessionTimeline.Entry(AccessionActivityKind.EXPRESSION_OF_INTEREST_RECEIVED, today, text,
                    null, null, true, null, null, "join:" + link.subject()), "join");
        }
        Municipality named = municipalities.findById(municipalityId).orElseThrow();
        outbox.queue(mail("network.join.secretariat.", secretariat, named, baseUrl.get() + "/admin/accession", text,
                link.subject()));
        return municipalityId;
    }

    /** Requests never confirmed, kept for 7 days: deleted. */
    @Transactional
    public int cleanUp() {
        return jdbc.update("delete from join_request where state <> 'CONFIRMED' and requested_at < ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(7))));
    }

    private OutgoingMail mail(String key, String to, Municipality m, String link, String who, String reference) {
        Object[] el = {m.officialNameEl(), link, who};
        Object[] en = {m.officialNameEn(), link, who};
        BilingualBody body = BilingualBody.of(messages, key, el, en, link);
        return new OutgoingMail(to, List.of(), body.subject(), body.text(), body.html(), List.of(), PURPOSE, reference);
    }
}
