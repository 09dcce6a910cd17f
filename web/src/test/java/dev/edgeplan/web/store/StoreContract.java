package dev.edgeplan.web.store;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every database behind the store must do; run on embedded H2 and on PostgreSQL. */
abstract class StoreContract {

    private final AtomicLong clock = new AtomicLong(1_000_000);

    /** A fresh, empty, migrated database. */
    abstract Database database();

    @Test
    void scenariosKeepEveryRevisionInOrder() {
        try (Database db = database()) {
            ScenarioStore store = new ScenarioStore(db, clock::incrementAndGet);
            ScenarioInfo a = store.create("A", null, "yaml", "name: a\n");
            ScenarioInfo b = store.create("B", "second", "json", "{\"name\": \"b\"}");
            assertThat(store.list()).extracting(ScenarioInfo::id).containsExactly(b.id(), a.id());
            ScenarioInfo a2 = store.update(a.id(), OptionalInt.of(1), "A2", null, "yaml", "name: a2\n").orElseThrow();
            assertThat(a2.revision()).isEqualTo(2);
            assertThat(a2.createdAtMs()).isEqualTo(a.createdAtMs());
            assertThat(store.list()).extracting(ScenarioInfo::id).containsExactly(a.id(), b.id());
            assertThat(store.revisions(a.id())).extracting(RevisionInfo::revision).containsExactly(2, 1);
            assertThat(store.revision(a.id(), OptionalInt.of(1)).orElseThrow().source()).isEqualTo("name: a\n");
            assertThat(store.revision(a.id(), OptionalInt.empty()).orElseThrow().source()).isEqualTo("name: a2\n");
            assertThatThrownBy(() -> store.update(a.id(), OptionalInt.of(1), "x", null, "yaml", "x"))
                    .isInstanceOf(RevisionConflictException.class).hasMessageContaining("revision 2");
            assertThat(store.update("nope", OptionalInt.empty(), "x", null, "yaml", "x")).isEmpty();
            assertThat(store.info(b.id()).orElseThrow().description()).isEqualTo("second");
        }
    }

    @Test
    void unicodeAndLargeSourcesRoundTrip() {
        try (Database db = database()) {
            ScenarioStore store = new ScenarioStore(db, clock::incrementAndGet);
            String source = "name: Dallas–Fort Worth ☀ 東京\n# " + "x".repeat(2_000_000) + "\n";
            ScenarioInfo s = store.create("Dallas–Fort Worth ☀", null, "yaml", source);
            assertThat(store.revision(s.id(), OptionalInt.empty()).orElseThrow().source()).isEqualTo(source);
            assertThat(store.info(s.id()).orElseThrow().name()).isEqualTo("Dallas–Fort Worth ☀");
        }
    }

    @Test
    void deletingAScenarioDeletesItsRevisionsAndRuns() {
        try (Database db = database()) {
            ScenarioStore store = new ScenarioStore(db, clock::incrementAndGet);
            RunStore runs = new RunStore(db);
            ScenarioInfo s = store.create("A", null, "yaml", "a");
            runs.insert(new RunRecord("r1", s.id(), 1, RunStatus.QUEUED, 0, null, null, null, null, 5, null, null));
            assertThat(store.delete(s.id())).isTrue();
            assertThat(store.revisions(s.id())).isEmpty();
            assertThat(runs.get("r1")).isEmpty();
            assertThat(store.delete(s.id())).isFalse();
        }
    }

    @Test
    void runsRecordEveryStatusAndUnfinishedOnesFailAtRestart() {
        try (Database db = database()) {
            ScenarioInfo s = new ScenarioStore(db, clock::incrementAndGet).create("A", null, "yaml", "a");
            RunStore runs = new RunStore(db);
            RunRecord queued = new RunRecord("r1", s.id(), 1, RunStatus.QUEUED, 0, null, null, null, null, 10, null, null);
            runs.insert(queued);
            runs.insert(new RunRecord("r2", s.id(), 1, RunStatus.SUCCEEDED, 1, "risk", null, null, "{\"a\":1}", 11, 12L, 13L));
            runs.update(new RunRecord("r1", s.id(), 1, RunStatus.RUNNING, 0.4, "siting", null, null, null, 10, 14L, null));
            assertThat(runs.get("r1").orElseThrow().stage()).isEqualTo("siting");
            assertThat(runs.list(Optional.of(s.id()))).extracting(RunRecord::id).containsExactly("r2", "r1");
            assertThat(runs.failUnfinished("server stopped", 99)).isEqualTo(1);
            RunRecord failed = runs.get("r1").orElseThrow();
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.errorMessage()).isEqualTo("server stopped");
            assertThat(failed.finishedAtMs()).isEqualTo(99L);
            assertThat(runs.get("r2").orElseThrow().summaryJson()).isEqualTo("{\"a\":1}");
        }
    }

    /** Eight writers editing the same revision at once: exactly one saves it, the others get a conflict. */
    @Test
    void concurrentEditsOfOneRevisionSaveExactlyOnce() throws Exception {
        try (Database db = database()) {
            ScenarioStore store = new ScenarioStore(db, clock::incrementAndGet);
            ScenarioInfo s = store.create("A", null, "yaml", "a");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Boolean>> edits = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                edits.add(() -> {
                    try {
                        return store.update(s.id(), OptionalInt.of(1), "A" + n, null, "yaml", "v" + n).isPresent();
                    } catch (RevisionConflictException | StoreException e) {
                        return false;
                    }
                });
            }
            int saved = 0;
            for (Future<Boolean> f : pool.invokeAll(edits)) {
                saved += f.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(saved).isEqualTo(1);
            assertThat(store.revisions(s.id())).hasSize(2);
        }
    }
}
