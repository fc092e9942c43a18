package org.diktyo.positions.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.diktyo.language.Bilingual;
import org.diktyo.network.Registry;
import org.diktyo.platform.Problem;
import org.diktyo.platform.Viewer;
import org.diktyo.platform.ViewerResolver;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner organisation of the network (IOM, UNHCR) endorses a position open for signature, if
 * the position allows it: a partner's account, for one of the registry's partners; shown apart
 * from the municipalities' signatures and never counted among them. Endorsing twice changes
 * nothing; the endorsement may be withdrawn until the close. Anyone else: 403, nothing written.
 */
@Service
public class EndorsePosition {

    private final PositionStore positions;
    private final ReadPositions read;
    private final Registry registry;
    private final JdbcTemplate jdbc;
    private final ViewerResolver viewers;
    private final Clock clock;

    EndorsePosition(PositionStore positions, ReadPositions read, Registry registry, JdbcTemplate jdbc,
            ViewerResolver viewers, Clock clock) {
        this.positions = positions;
        this.read = read;
        this.registry = registry;
        this.jdbc = jdbc;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** The endorsements of a position the viewer may read, in the order given. */
    @Transactional(readOnly = true)
    public List<Endorsement> of(String positionId) {
        return jdbc.query("select * from joint_position_endorsement where position_id = ? order by endorsed_at, partner_id",
                (rs, n) -> new Endorsement(rs.getString("position_id"), rs.getString("partner_id"),
                        Bilingual.of(rs.getString("name_el"), rs.getString("name_en")),
                        PositionStore.instant(rs.getTimestamp("endorsed_at")), rs.getString("endorsed_by")),
                read.one(positionId).id());
    }

    @Transactional
    public Endorsement endorse(String positionId, String partnerId) {
        Registry.PartnerNames partner = allowed(positionId, partnerId);
        Endorsement existing = find(positionId, partnerId);
        if (existing != null) {
            return existing;
        }
        jdbc.update("insert into joint_position_endorsement (position_id, partner_id, name_el, name_en, endorsed_at,"
                + " endorsed_by) values (?, ?, ?, ?, ?, ?)", positionId, partner.id(), partner.nameEl(),
                partner.nameEn() == null ? "" : partner.nameEn(), PositionStore.time(Instant.now(clock)),
                viewers.current().email());
        return find(positionId, partnerId);
    }

    /** Withdraws the partner's endorsement until the close; withdrawing twice changes nothing. */
    @Transactional
    public void withdraw(String positionId, String partnerId) {
        allowed(positionId, partnerId);
        jdbc.update("delete from joint_position_endorsement where position_id = ? and partner_id = ?", positionId,
                partnerId);
    }

    /** A partner's account, a position that allows endorsements and is open for signature, a partner of the registry. */
    private Registry.PartnerNames allowed(String positionId, String partnerId) {
        Viewer viewer = viewers.current();
        if (!viewer.signedIn()) {
            throw Problem.unauthorized();
        }
        if (!viewer.partner()) {
            throw new Problem(HttpStatus.FORBIDDEN, "positions.endorse.partnersOnly");
        }
        Position p = positions.get(positionId);
        if (!p.partnersMayEndorse()) {
            throw new Problem(HttpStatus.FORBIDDEN, "positions.endorse.notAllowed");
        }
        if (p.state() != PositionState.OPEN_FOR_SIGNATURE) {
            throw new Problem(HttpStatus.CONFLICT, "positions.sign.state", p.state().name());
        }
        return registry.partners().stream().filter(r -> r.id().equals(partnerId)).findFirst()
                .orElseThrow(Problem::notFound);
    }

    private Endorsement find(String positionId, String partnerId) {
        return of(positionId).stream().filter(e -> e.partnerId().equals(partnerId)).findFirst().orElse(null);
    }
}
