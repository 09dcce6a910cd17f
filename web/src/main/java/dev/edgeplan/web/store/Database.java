package dev.edgeplan.web.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;

/**
 * The scenario store's database: an embedded H2 file under the data directory, or a PostgreSQL server named by a
 * JDBC URL. Opens a few connections and lends them out (a plain pool: the server has a handful of request threads),
 * and brings the schema up to date with the versioned scripts in {@code dev/edgeplan/web/db/} on open, each in its
 * own transaction and recorded in {@code schema_version}.
 */
public final class Database implements AutoCloseable {

    /** The schema scripts, applied in this order; a new version is a new file appended here. */
    static final List<String> MIGRATIONS = List.of("V1__init.sql");
    /** Connections kept open for reuse; more are opened under load and closed when returned to a full pool. */
    static final int POOL_SIZE = 8;

    private final String url;
    private final Properties credentials;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private Database(String url, Properties credentials) {
        this.url = url;
        this.credentials = credentials;
    }

    /**
     * The embedded database file {@code DIR/edgeplan.mv.db}. Every commit is written through before it returns
     * ({@code WRITE_DELAY=0}), so a killed server keeps what it acknowledged.
     */
    public static Database embedded(Path dataDir) {
        return open("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("edgeplan") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                new Properties());
    }

    /** Any JDBC URL: {@code jdbc:postgresql://host:5432/db?user=…&password=…}, or an H2 URL. */
    public static Database open(String jdbcUrl, Properties credentials) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                    + "': use jdbc:postgresql://HOST:PORT/DB?user=U&password=P, or leave --db out for the embedded file");
        }
        Database db = new Database(jdbcUrl, credentials);
        db.migrate();
        return db;
    }

    /** "h2" or "postgresql". */
    public String kind() {
        return url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }

    /** Work done in one transaction: committed when it returns, rolled back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T inTransaction(Work<T> work) {
        Connection c = borrow();
        boolean healthy = true;
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            healthy = rollback(c);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("database error: " + e.getMessage(), e);
        } finally {
            giveBack(c, healthy);
        }
    }

    private Connection borrow() {
        synchronized (idle) {
            if (closed) {
                throw new StoreException("the database is closed (server shutting down)", null);
            }
            Connection c = idle.poll();
            if (c != null) {
                return c;
            }
        }
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + redacted() + ": " + e.getMessage(), e);
        }
    }

    private void giveBack(Connection c, boolean healthy) {
        synchronized (idle) {
            if (healthy && !closed && idle.size() < POOL_SIZE) {
                idle.push(c);
                return;
            }
        }
        quietlyClose(c);
    }

    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private void migrate() {
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
            }
            return null;
        });
        for (int v = 1; v <= MIGRATIONS.size(); v++) {
            int version = v;
            inTransaction(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM schema_version WHERE version = ?")) {
                    q.setInt(1, version);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        if (r.getInt(1) > 0) {
                            return null;
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : statements(script(MIGRATIONS.get(version - 1)))) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                    ins.setInt(1, version);
                    ins.setLong(2, System.currentTimeMillis());
                    ins.executeUpdate();
                }
                return null;
            });
        }
    }

    /** Current schema version (the number of scripts applied). */
    public int schemaVersion() {
        return inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private static String script(String name) {
        try (InputStream in = Database.class.getResourceAsStream("/dev/edgeplan/web/db/" + name)) {
            if (in == null) {
                throw new IllegalStateException("schema script " + name + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema script " + name, e);
        }
    }

    /** The script's statements: comment lines dropped, split at semicolons ending a line. */
    static List<String> statements(String script) {
        StringBuilder kept = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(kept.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private String redacted() {
        return url.replaceAll("password=[^&;]*", "password=***");
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing a connection that already failed: nothing more to do with it
        }
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(Database::quietlyClose);
            idle.clear();
        }
        if (kind().equals("h2")) {
            // the embedded file is compacted and closed cleanly, so the next start opens at once
            try (Connection c = DriverManager.getConnection(url, credentials); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed by another path: nothing to flush
            }
        }
    }
}
