package dev.edgeplan.web.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Scenarios and every revision of their source, in the database. Each save is one transaction (the header and the
 * new revision row together), so a save that returned is on disk and one that did not left nothing behind.
 */
public final class ScenarioStore {

    private static final String COLUMNS = "id, name, description, revision, format, created_at, updated_at";

    private final Database db;
    private final LongSupplier clockMs;

    public ScenarioStore(Database db, LongSupplier clockMs) {
        this.db = db;
        this.clockMs = clockMs;
    }

    public ScenarioInfo create(String name, String description, String format, String source) {
        String id = UUID.randomUUID().toString();
        long now = clockMs.getAsLong();
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO scenarios (" + COLUMNS + ") VALUES (?, ?, ?, 1, ?, ?, ?)")) {
                s.setString(1, id);
                s.setString(2, name);
                s.setString(3, description);
                s.setString(4, format);
                s.setLong(5, now);
                s.setLong(6, now);
                s.executeUpdate();
            }
            insertRevision(c, id, 1, format, source, now);
            return new ScenarioInfo(id, name, description, 1, format, now, now);
        });
    }

    /**
     * A new revision; the name and description follow the new source. Empty when there is no such scenario.
     *
     * @throws RevisionConflictException when {@code expectedRevision} is given and is not the latest
     */
    public Optional<ScenarioInfo> update(String id, OptionalInt expectedRevision, String name, String description,
                                         String format, String source) {
        long now = clockMs.getAsLong();
        return db.inTransaction(c -> {
            Optional<ScenarioInfo> current = header(c, id, true);
            if (current.isEmpty()) {
                return Optional.<ScenarioInfo>empty();
            }
            int revision = current.get().revision();
            if (expectedRevision.isPresent() && expectedRevision.getAsInt() != revision) {
                throw new RevisionConflictException(expectedRevision.getAsInt(), revision);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE scenarios SET name = ?, description = ?, revision = ?, format = ?, updated_at = ? WHERE id = ?")) {
                s.setString(1, name);
                s.setString(2, description);
                s.setInt(3, revision + 1);
                s.setString(4, format);
                s.setLong(5, now);
                s.setString(6, id);
                s.executeUpdate();
            }
            insertRevision(c, id, revision + 1, format, source, now);
            return Optional.of(new ScenarioInfo(id, name, description, revision + 1, format,
                    current.get().createdAtMs(), now));
        });
    }

    public Optional<ScenarioInfo> info(String id) {
        return db.inTransaction(c -> header(c, id, false));
    }

    /** Newest change first. */
    public List<ScenarioInfo> list() {
        return db.inTransaction(c -> {
            List<ScenarioInfo> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM scenarios ORDER BY updated_at DESC, id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.add(header(r));
                }
            }
            return all;
        });
    }

    /** Newest first, without their sources. */
    public List<RevisionInfo> revisions(String id) {
        return db.inTransaction(c -> {
            List<RevisionInfo> all = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT revision, format, created_at, size_bytes FROM "
                    + "scenario_revisions WHERE scenario_id = ? ORDER BY revision DESC")) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        all.add(new RevisionInfo(r.getInt(1), r.getString(2), r.getLong(3), r.getInt(4), null));
                    }
                }
            }
            return all;
        });
    }

    /** One revision with its source; the latest when {@code revision} is empty. */
    public Optional<RevisionInfo> revision(String id, OptionalInt revision) {
        return db.inTransaction(c -> {
            String sql = "SELECT revision, format, created_at, size_bytes, source FROM scenario_revisions WHERE scenario_id = ? "
                    + (revision.isPresent() ? "AND revision = ?" : "ORDER BY revision DESC");
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, id);
                if (revision.isPresent()) {
                    s.setInt(2, revision.getAsInt());
                }
                s.setMaxRows(1);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new RevisionInfo(r.getInt(1), r.getString(2), r.getLong(3), r.getInt(4),
                            r.getString(5))) : Optional.<RevisionInfo>empty();
                }
            }
        });
    }

    /** Deletes the scenario, its revisions and its runs; false when there was none. */
    public boolean delete(String id) {
        return db.inTransaction(c -> {
            for (String table : List.of("runs", "scenario_revisions")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE scenario_id = ?")) {
                    s.setString(1, id);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM scenarios WHERE id = ?")) {
                s.setString(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    private static void insertRevision(Connection c, String id, int revision, String format, String source, long now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO scenario_revisions (scenario_id, revision, format, "
                + "source, size_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, revision);
            s.setString(3, format);
            s.setString(4, source);
            s.setInt(5, source.getBytes(StandardCharsets.UTF_8).length);
            s.setLong(6, now);
            s.executeUpdate();
        }
    }

    private static Optional<ScenarioInfo> header(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM scenarios WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(header(r)) : Optional.empty();
            }
        }
    }

    private static ScenarioInfo header(ResultSet r) throws SQLException {
        return new ScenarioInfo(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5),
                r.getLong(6), r.getLong(7));
    }
}
