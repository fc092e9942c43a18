package org.diktyo.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The change marker of an embedded H2 database, and of this instance's own writes to PostgreSQL
 * (ADR 0031): a count of the transactions that wrote and have committed, raised after the commit. It is kept per JDBC address for the whole JVM, the
 * only place an embedded database can be shared, so two application contexts on one database
 * (the tests' second instance) see each other's writes. A connection is wrapped to notice a
 * statement that is not a read ({@code select}, {@code values}, {@code show}, {@code explain}).
 */
final class CountedWrites extends DelegatingDataSource implements AutoCloseable {

    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    private final AtomicLong count;

    CountedWrites(DataSource target, String url) {
        super(target);
        this.count = COUNTS.computeIfAbsent(url, u -> new AtomicLong());
    }

    long count() {
        return count.get();
    }

    /** Closes the pool it wraps, as the context would have closed it. */
    @Override
    public void close() throws Exception {
        if (getTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Watch(connection, count));
    }

    /** Whether the statement may change something. */
    static boolean writes(String sql) {
        int i = 0;
        while (i < sql.length() && (Character.isWhitespace(sql.charAt(i)) || sql.charAt(i) == '(')) {
            i++;
        }
        String head = sql.substring(i, Math.min(sql.length(), i + 8)).toLowerCase(Locale.ROOT);
        return !(head.startsWith("select") || head.startsWith("values") || head.startsWith("show")
                || head.startsWith("explain"));
    }

    /** One connection: marks it written on a writing statement; counts the write once it is committed. */
    private static final class Watch implements InvocationHandler {

        private final Connection target;
        private final AtomicLong count;
        private boolean written;

        Watch(Connection target, AtomicLong count) {
            this.target = target;
            this.count = count;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (args != null && args.length > 0 && args[0] instanceof String sql
                    && (name.startsWith("prepare") || name.startsWith("native")) && writes(sql)) {
                written = true;
            }
            if ("rollback".equals(name) && (args == null || args.length == 0)) {
                written = false;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (("commit".equals(name) || "close".equals(name) || "setAutoCommit".equals(name)) && written) {
                written = false;
                count.incrementAndGet();
            }
            if (result instanceof Statement statement && "createStatement".equals(name)) {
                return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {Statement.class},
                        (p, m, a) -> {
                            boolean executes = m.getName().startsWith("execute") || "addBatch".equals(m.getName());
                            if (executes && (a == null || a.length == 0 || !(a[0] instanceof String s) || writes(s))) {
                                written = true;
                            }
                            try {
                                return m.invoke(statement, a);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
            return result;
        }
    }
}
