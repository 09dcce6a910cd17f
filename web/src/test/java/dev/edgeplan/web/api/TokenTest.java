package dev.edgeplan.web.api;

import dev.edgeplan.io.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The access token: required beyond loopback (generated when not given), checked on every API call. */
class TokenTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path data;

    @Test
    void withATokenEveryApiCallNeedsIt() {
        try (WebServer server = WebServer.start(new WebConfig("127.0.0.1", 0, data, Optional.empty(), Optional.of(TOKEN),
                1, 2, WebConfig.DEFAULT_MAX_BODY_BYTES), CatalogLoader.loadBundled())) {
            Http anonymous = new Http(server.port(), Map.of());
            Http.Answer refused = anonymous.get("/api/v1/scenarios");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
            assertThat(new Http(server.port(), Map.of("Authorization", "Bearer wrong-token-wrong-token")).get(
                    "/api/v1/scenarios").status()).isEqualTo(401);
            Http allowed = new Http(server.port(), Map.of("Authorization", "Bearer " + TOKEN));
            assertThat(allowed.get("/api/v1/scenarios").status()).isEqualTo(200);
            assertThat(allowed.get("/api/v1/health").json().get("token_required").asBoolean()).isTrue();
            assertThat(allowed.post("/api/v1/scenarios", "application/yaml", Examples.dallas(), Map.of()).status())
                    .isEqualTo(201);
        }
    }

    @Test
    void bindingBeyondLoopbackGetsAGeneratedTokenAndNeverRunsWithout() {
        WebConfig open = new WebConfig("0.0.0.0", 0, data, Optional.empty(), Optional.empty(), 1, 2, 4096);
        assertThat(open.loopbackOnly()).isFalse();
        WebConfig secured = open.withRequiredToken();
        assertThat(secured.token()).isPresent();
        assertThat(secured.token().get()).hasSize(48).matches("[0-9a-f]+");
        assertThat(open.withRequiredToken().token()).isNotEqualTo(secured.token());
        assertThatThrownBy(() -> WebServer.start(open, CatalogLoader.loadBundled()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs an access token");
        WebConfig local = new WebConfig("127.0.0.1", 0, data, Optional.empty(), Optional.empty(), 1, 2, 4096);
        assertThat(local.withRequiredToken().token()).isEmpty();
        assertThatThrownBy(() -> new WebConfig("127.0.0.1", 0, data, Optional.empty(), Optional.of("short"), 1, 2, 4096))
                .hasMessageContaining("at least 16");
    }
}
