package dev.edgeplan.web.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store contract on a real PostgreSQL started for this class (Debian's postgresql package, which .ci/run
 * installs). Skipped, with a message naming what is missing, where the server binaries are absent.
 */
class PostgresStoreTest extends StoreContract {

    private static PostgresServer server;

    @BeforeAll
    static void start() throws Exception {
        Optional<String> missing = PostgresServer.missing();
        missing.ifPresent(m -> System.err.println("PostgresStoreTest SKIPPED: " + m));
        Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
        server = PostgresServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    Database database() {
        try {
            server.reset();
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset the test database", e);
        }
        return Database.open(server.jdbcUrl(), new Properties());
    }

    @Test
    void theKindIsPostgresqlAndTheSchemaIsMigrated() {
        try (Database db = database()) {
            assertThat(db.kind()).isEqualTo("postgresql");
            assertThat(db.schemaVersion()).isEqualTo(Database.MIGRATIONS.size());
        }
    }
}
