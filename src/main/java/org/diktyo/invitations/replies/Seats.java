package org.diktyo.invitations.replies;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.diktyo.platform.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The seats of capacity-limited parts. A part's capacity is split over a few rows
 * ("stripes"); a reply takes its seats from one stripe with a single conditional update
 * ({@code taken + n <= capacity}), as the last statement of its transaction, so that the row
 * is held only until the commit and replies on other stripes commit side by side. When that
 * stripe has no room, the reply starts again on the slow path: it locks all the part's
 * stripes (in order), takes what is left anywhere, and puts the rest of its delegation on
 * the waitlist — in the order of those locks, which is the order of the waitlist.
 * The check constraint {@code taken <= capacity} makes overbooking impossible whatever the code does.
 */
@Component
public class Seats {

    /** A stripe's capacity once its part has no limit any more: more than any meeting will seat. */
    static final int UNLIMITED = 100_000_000;

    private final JdbcTemplate jdbc;
    private final int stripes;
    private final Map<String, Integer> stripeCount = new ConcurrentHashMap<>();

    Seats(JdbcTemplate jdbc, @Value("${diktyo.invitations.seat-stripes:8}") int stripes) {
        this.jdbc = jdbc;
        this.stripes = Math.max(1, stripes);
    }

    /** Creates the part's seat rows unless they exist. */
    public void ensure(String partId, int capacity) {
        if (stripeCount(partId) > 0) {
            return;
        }
        int k = Math.max(1, Math.min(stripes, capacity));
        for (int s = 0; s < k; s++) {
            int share = capacity / k + (s < capacity % k ? 1 : 0);
            jdbc.update("insert into part_seats (part_id, stripe, capacity, taken) values (?, ?, ?, 0)", partId, s, share);
        }
        stripeCount.put(partId, k);
    }

    /** 0 for a part without a capacity. */
    int stripeCount(String partId) {
        Integer known = stripeCount.get(partId);
        if (known != null) {
            return known;
        }
        int k = jdbc.queryForObject("select count(*) from part_seats where part_id = ?", Integer.class, partId);
        if (k > 0) {
            stripeCount.put(partId, k);
        }
        return k;
    }

    boolean limited(String partId) {
        return stripeCount(partId) > 0;
    }

    /** The fast path: {@code n} seats from one stripe, or false (nothing changed). */
    boolean tryTake(String partId, int n) {
        int stripe = ThreadLocalRandom.current().nextInt(stripeCount(partId));
        return jdbc.update("update part_seats set taken = taken + ? where part_id = ? and stripe = ? and taken + ? <= capacity",
                n, partId, stripe, n) == 1;
    }

    /** The slow path: locks every stripe of the part, in order; returns the free seats. */
    int lock(String partId) {
        List<int[]> rows = jdbc.query("select stripe, capacity, taken from part_seats where part_id = ? order by stripe for update",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}, partId);
        return rows.stream().mapToInt(r -> r[1] - r[2]).sum();
    }

    /** Under {@link #lock}: takes up to {@code n} seats wherever there is room; returns how many. */
    int takeLocked(String partId, int n) {
        int got = 0;
        List<int[]> rows = jdbc.query("select stripe, capacity, taken from part_seats where part_id = ? order by stripe",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}, partId);
        for (int[] r : rows) {
            int take = Math.min(n - got, r[1] - r[2]);
            if (take > 0) {
                jdbc.update("update part_seats set taken = taken + ? where part_id = ? and stripe = ?", take, partId, r[0]);
                got += take;
            }
        }
        return got;
    }

    /** Under {@link #lock}: gives back {@code n} seats. */
    void releaseLocked(String partId, int n) {
        int left = n;
        List<int[]> rows = jdbc.query("select stripe, taken from part_seats where part_id = ? order by stripe",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, partId);
        for (int[] r : rows) {
            int give = Math.min(left, r[1]);
            if (give > 0) {
                jdbc.update("update part_seats set taken = taken - ? where part_id = ? and stripe = ?", give, partId, r[0]);
                left -= give;
            }
        }
    }

    /**
     * Gives the part a new capacity once seats may have been given: locks its stripes and spreads
     * the capacity so that no stripe holds less than it has given; refuses (409) a capacity below
     * the seats already given. A part that had no seat rows gets them, with the seats its answers
     * hold. {@code null} lifts the limit (each stripe gets {@link #UNLIMITED}).
     */
    void resize(String partId, Integer capacity) {
        List<int[]> rows = jdbc.query("select stripe, capacity, taken from part_seats where part_id = ? order by stripe for update",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}, partId);
        int taken = rows.isEmpty()
                ? jdbc.queryForObject("select coalesce(sum(seated), 0) from invitation_part where part_id = ? and attending",
                        Integer.class, partId)
                : rows.stream().mapToInt(r -> r[2]).sum();
        if (capacity != null && capacity < taken) {
            throw new Problem(HttpStatus.CONFLICT, "invitations.capacity.belowSeated", taken);
        }
        if (rows.isEmpty()) {
            if (capacity == null) {
                return;
            }
            int k = Math.max(1, Math.min(stripes, capacity));
            for (int s = 0; s < k; s++) {
                int given = s == 0 ? taken : 0;
                jdbc.update("insert into part_seats (part_id, stripe, capacity, taken) values (?, ?, ?, ?)", partId, s,
                        given, given);
                rows.add(new int[] {s, given, given});
            }
            stripeCount.put(partId, k);
        }
        int free = capacity == null ? 0 : capacity - taken;
        for (int i = 0; i < rows.size(); i++) {
            int[] r = rows.get(i);
            int share = free / rows.size() + (i < free % rows.size() ? 1 : 0);
            jdbc.update("update part_seats set capacity = ? where part_id = ? and stripe = ?",
                    capacity == null ? UNLIMITED : r[2] + share, partId, r[0]);
        }
    }

    /** Capacity and seats taken of a part, or null if it has no capacity (or no longer has one). */
    public int[] usage(String partId) {
        return jdbc.queryForObject("select count(*), coalesce(sum(capacity), 0), coalesce(sum(taken), 0),"
                + " coalesce(max(capacity), 0) from part_seats where part_id = ?",
                (rs, i) -> rs.getInt(1) == 0 || rs.getInt(4) >= UNLIMITED ? null : new int[] {rs.getInt(2), rs.getInt(3)},
                partId);
    }
}
