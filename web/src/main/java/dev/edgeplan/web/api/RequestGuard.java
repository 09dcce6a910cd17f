package dev.edgeplan.web.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every API request before it is handled: the bearer token (when one is set), the body size, and the
 * CSRF rules — a state-changing request must carry a scenario content type or the {@code X-Edgeplan-Request}
 * header (neither can be sent cross-site by a plain HTML form), and an {@code Origin}, when sent, must be this
 * server. No cookies are used, so a browser never adds credentials on its own.
 */
final class RequestGuard {

    static final String REQUEST_HEADER = "X-Edgeplan-Request";
    static final Set<String> SCENARIO_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
            "text/x-yaml", "application/json");
    private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);

    private final Optional<byte[]> token;
    private final long maxBodyBytes;

    RequestGuard(Optional<String> token, long maxBodyBytes) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.maxBodyBytes = maxBodyBytes;
    }

    void check(Context ctx) {
        if (token.isPresent()) {
            String auth = Optional.ofNullable(ctx.header("Authorization")).orElse("");
            byte[] sent = auth.startsWith("Bearer ") ? auth.substring(7).strip().getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            // constant time: the comparison must not tell how much of a guess was right
            if (!MessageDigest.isEqual(sent, token.get())) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "missing or wrong access token: send 'Authorization: Bearer TOKEN' "
                        + "(printed by edgeplan serve when it started)");
            }
        }
        if (ctx.contentLength() > maxBodyBytes) {
            throw tooLarge(ctx.contentLength() + " bytes", maxBodyBytes);
        }
        if (!STATE_CHANGING.contains(ctx.method())) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameHost(origin, ctx.header("Host"))) {
            throw new ApiException(403, "cross-origin request from " + origin + " refused");
        }
        if (!"1".equals(ctx.header(REQUEST_HEADER)) && !SCENARIO_TYPES.contains(mediaType(ctx.contentType()))) {
            throw new ApiException(403, "state-changing requests need the header '" + REQUEST_HEADER + ": 1' or a "
                    + "scenario content type (application/yaml or application/json)");
        }
    }

    /**
     * The request body, at most {@code maxBytes}: a chunked body declares no length, so the limit is enforced while
     * reading, not only from the Content-Length header.
     */
    static byte[] boundedBody(Context ctx, long maxBytes) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw tooLarge("more than " + maxBytes + " bytes", maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw new ApiException(400, "cannot read the request body: " + e.getMessage());
        }
    }

    private static ApiException tooLarge(String size, long maxBytes) {
        return new ApiException(413, "request body of " + size + " is over the limit of " + maxBytes
                + " bytes (edgeplan serve --max-body-mb)");
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            String originHost = o.getPort() >= 0 ? o.getHost() + ":" + o.getPort() : o.getHost();
            return host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
