package dev.edgeplan.web.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plan runs in the database: one row per run, its status changes each written in one transaction. */
public final class RunStore {

    private static final String COLUMNS = "id, scenario_id, scenario_revision, status, progress, stage, error_message, "
            + "binding_constraint, summary_json, created_at, started_at, finished_at";

    private final Database db;

    public RunStore(Database db) {
        this.db = db;
    }

    public void insert(RunRecord run) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO runs (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, run.id());
                s.setString(2, run.scenarioId());
                s.setInt(3, run.scenarioRevision());
                s.setString(4, run.status().key());
                s.setDouble(5, run.progress());
                s.setString(6, run.stage());
                s.setString(7, run.errorMessage());
                s.setString(8, run.bindingConstraint());
                s.setString(9, run.summaryJson());
                s.setLong(10, run.createdAtMs());
                setNullableLong(s, 11, run.startedAtMs());
                setNullableLong(s, 12, run.finishedAtMs());
                s.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Writes the run's status, progress, messages and times. False when the row is gone (its scenario was deleted
     * while it ran).
     */
    public boolean update(RunRecord run) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE runs SET status = ?, progress = ?, stage = ?, "
                    + "error_message = ?, binding_constraint = ?, summary_json = ?, started_at = ?, finished_at = ? WHERE id = ?")) {
                s.setString(1, run.status().key());
                s.setDouble(2, run.progress());
                s.setString(3, run.stage());
                s.setString(4, run.errorMessage());
                s.setString(5, run.bindingConstraint());
                s.setString(6, run.summaryJson());
                setNullableLong(s, 7, run.startedAtMs());
                setNullableLong(s, 8, run.finishedAtMs());
                s.setString(9, run.id());
                return s.executeUpdate() > 0;
            }
        });
    }

    public void delete(String id) {
        db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<RunRecord> get(String id) {
        List<RunRecord> found = query("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Newest first; all runs, or one scenario's. */
    public List<RunRecord> list(Optional<String> scenarioId) {
        return scenarioId.isPresent() ? query("WHERE scenario_id = ? ORDER BY created_at DESC, id", scenarioId.get())
                : query("ORDER BY created_at DESC, id", null);
    }

    /**
     * At start: runs left queued or running by a server that stopped without finishing them can never finish;
     * they are marked failed with {@code message}. Returns how many.
     */
    public int failUnfinished(String message, long nowMs) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE runs SET status = ?, error_message = ?, finished_at = ? "
                    + "WHERE status IN (?, ?)")) {
                s.setString(1, RunStatus.FAILED.key());
                s.setString(2, message);
                s.setLong(3, nowMs);
                s.setString(4, RunStatus.QUEUED.key());
                s.setString(5, RunStatus.RUNNING.key());
                return s.executeUpdate();
            }
        });
    }

    private List<RunRecord> query(String where, String parameter) {
        return db.inTransaction(c -> {
            List<RunRecord> runs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs " + where)) {
                if (parameter != null) {
                    s.setString(1, parameter);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        runs.add(new RunRecord(r.getString(1), r.getString(2), r.getInt(3),
                                RunStatus.fromKey(r.getString(4)), r.getDouble(5), r.getString(6), r.getString(7),
                                r.getString(8), r.getString(9), r.getLong(10), nullableLong(r, 11), nullableLong(r, 12)));
                    }
                }
            }
            return runs;
        });
    }

    private static void setNullableLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet r, int index) throws SQLException {
        long v = r.getLong(index);
        return r.wasNull() ? null : v;
    }
}
