package dev.edgeplan.web.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class H2StoreTest extends StoreContract {

    @TempDir
    Path dir;
    private int databases;

    @Override
    Database database() {
        return Database.embedded(dir.resolve("db" + databases++));
    }

    @Test
    void reopeningKeepsTheDataAndDoesNotMigrateTwice() {
        Path data = dir.resolve("reopen");
        String id;
        try (Database db = Database.embedded(data)) {
            id = new ScenarioStore(db, System::currentTimeMillis).create("A", null, "yaml", "a").id();
            assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        }
        assertThat(Files.exists(data.resolve("edgeplan.mv.db"))).isTrue();
        try (Database db = Database.embedded(data)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
            assertThat(new ScenarioStore(db, System::currentTimeMillis).revision(id, OptionalInt.empty()).orElseThrow()
                    .source()).isEqualTo("a");
        }
    }

    @Test
    void aJdbcUrlOfAnotherKindIsRefusedWithTheFormToUse() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open("jdbc:mysql://x/y", new java.util.Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:postgresql://");
    }
}
