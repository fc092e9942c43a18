package org.diktyo.drafting.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.diktyo.drafting.Comment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Comments on clauses and amendments, in the database. */
@Repository
class CommentStore {

    private final JdbcTemplate jdbc;

    CommentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Comment c, String author) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into drafting_comment (text_id, clause_key, amendment_id, municipality_id,"
                    + " author, author_role, body, created_at, hidden) values (?, ?, ?, ?, ?, ?, ?, ?, false)", new String[] {"id"});
            ps.setString(1, c.textId());
            ps.setString(2, c.clauseKey());
            ps.setString(3, c.amendmentId());
            ps.setString(4, c.municipalityId());
            ps.setString(5, author);
            ps.setString(6, c.role());
            ps.setString(7, c.body());
            ps.setTimestamp(8, TextStore.ts(c.createdAt()));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    Optional<Comment> find(long id) {
        return jdbc.query("select * from drafting_comment where id = ?", this::comment, id).stream().findFirst();
    }

    List<Comment> ofClause(String textId, String clauseKey) {
        return jdbc.query("select * from drafting_comment where text_id = ? and clause_key = ? and amendment_id is null"
                + " order by created_at, id", this::comment, textId, clauseKey);
    }

    List<Comment> ofAmendment(String amendmentId) {
        return jdbc.query("select * from drafting_comment where amendment_id = ? order by created_at, id", this::comment,
                amendmentId);
    }

    /** The number of comments on each amendment of a text, hidden ones included. */
    Map<String, Integer> countsByAmendment(String textId) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select amendment_id, count(*) n from drafting_comment where text_id = ? and amendment_id is not null"
                + " group by amendment_id", rs -> {
                    counts.put(rs.getString("amendment_id"), rs.getInt("n"));
                }, textId);
        return counts;
    }

    void hide(long id, String reason, String by, Instant at) {
        jdbc.update("update drafting_comment set hidden = true, hidden_reason = ?, hidden_by = ?, hidden_at = ? where id = ?",
                reason, by, TextStore.ts(at), id);
    }

    private Comment comment(ResultSet rs, int row) throws SQLException {
        return new Comment(rs.getLong("id"), rs.getString("text_id"), rs.getString("clause_key"),
                rs.getString("amendment_id"), rs.getString("municipality_id"), rs.getString("author_role"),
                rs.getString("body"), TextStore.instant(rs.getTimestamp("created_at")), rs.getBoolean("hidden"),
                rs.getString("hidden_reason"));
    }
}
