package org.diktyo.invitations;

import static org.diktyo.invitations.CampaignStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * An invitation's stored answer as every capability reads it: the answer per part and the
 * delegates. Writing an answer is the replies' ({@code replies.ReplyStore}).
 */
@Repository
public class StoredAnswers {

    /** The stored answer of an invitation for a part. */
    public record PartRow(String partId, boolean attending, int wanted, int seated, Long waitlistSeq) {
        public boolean waiting() {
            return wanted > seated;
        }
    }

    private final JdbcTemplate jdbc;

    StoredAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public InvitationRow byInvitation(String id) {
        return jdbc.queryForObject("select * from invitation where id = ?", InvitationStore::row, id);
    }

    public Map<String, PartRow> parts(String invitationId) {
        Map<String, PartRow> rows = new LinkedHashMap<>();
        jdbc.query("select part_id, attending, wanted, seated, waitlist_seq from invitation_part where invitation_id = ?",
                rs -> {
                    long seq = rs.getLong(5);
                    rows.put(rs.getString(1), new PartRow(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4),
                            rs.wasNull() ? null : seq));
                }, invitationId);
        return rows;
    }

    /** 1 for the head of the waitlist. */
    public int waitPosition(String partId, long seq) {
        return jdbc.queryForObject("select count(*) from invitation_part where part_id = ? and wanted > seated"
                + " and waitlist_seq < ?", Integer.class, partId, seq) + 1;
    }

    public List<DelegateRow> delegates(String invitationId) {
        return jdbc.query("select * from delegate where invitation_id = ? order by position", StoredAnswers::delegate,
                invitationId);
    }

    public static DelegateRow delegate(ResultSet rs, int n) throws SQLException {
        return new DelegateRow(rs.getString("id"), rs.getString("invitation_id"), rs.getInt("position"),
                rs.getString("full_name"), rs.getString("role_title"), rs.getString("email"), rs.getString("phone"),
                rs.getString("needs"), rs.getString("check_in_code"), instant(rs, "checked_in_at"));
    }
}
