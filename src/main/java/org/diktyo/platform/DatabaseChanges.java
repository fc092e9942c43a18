package org.diktyo.platform;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A number that changes whenever the database may have changed, for pages kept in memory
 * (ADR 0031). On PostgreSQL it follows {@code pg_current_snapshot()}: any transaction that commits
 * after a reading, on any instance, moves the snapshot's {@code xmax} or leaves its list of
 * transactions in progress; it is read again at most every {@code recheck} (one small query for all
 * the requests of that moment, the others go on with the last number), plus this instance's own
 * committed writes, so that a page read right after a change made here shows it. On H2, embedded
 * and so in this JVM only, it is the count of committed writes ({@link CountedWrites}), exact and free.
 */
final class DatabaseChanges {

    private final LongSupplier current;

    private DatabaseChanges(LongSupplier current) {
        this.current = current;
    }

    long current() {
        return current.getAsLong();
    }

    static DatabaseChanges counted(CountedWrites writes) {
        return new DatabaseChanges(writes::count);
    }

    /** Another instance's commits within {@code recheck}; this instance's own at once, counted as on H2. */
    static DatabaseChanges snapshots(DataSource dataSource, Duration recheck, CountedWrites own) {
        Snapshots others = new Snapshots(new JdbcTemplate(dataSource), recheck.toNanos());
        return new DatabaseChanges(() -> others.getAsLong() + own.count());
    }

    /** PostgreSQL's current snapshot, read at most every {@code recheck}; its number raised on each difference. */
    private static final class Snapshots implements LongSupplier {

        private final JdbcTemplate jdbc;
        private final long recheck;
        private final ReentrantLock reading = new ReentrantLock();
        private volatile long number;
        private volatile long readAt = System.nanoTime() - Long.MAX_VALUE / 2;
        private String snapshot = "";

        Snapshots(JdbcTemplate jdbc, long recheck) {
            this.jdbc = jdbc;
            this.recheck = recheck;
        }

        @Override
        public long getAsLong() {
            if (System.nanoTime() - readAt >= recheck && reading.tryLock()) {
                try {
                    if (System.nanoTime() - readAt >= recheck) {
                        read();
                    }
                } finally {
                    reading.unlock();
                }
            }
            return number;
        }

        private void read() {
            String now;
            try {
                now = jdbc.queryForObject("select pg_current_snapshot()::text", String.class);
            } catch (RuntimeException unreadable) {
                now = null; // counts as a change: nothing kept is trusted
            }
            if (now == null || !now.equals(snapshot)) {
                snapshot = now == null ? "" : now;
                number++;
            }
            readAt = System.nanoTime();
        }
    }
}
