package dev.edgeplan.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** A small HTTP client for the API tests: real requests over loopback, JSON answers parsed. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final Map<String, String> headers;

    Http(int port, Map<String, String> headers) {
        this.base = "http://127.0.0.1:" + port;
        this.headers = headers;
    }

    /** The answer: status, headers, body as text and (when JSON) parsed. */
    record Answer(int status, HttpResponse<byte[]> raw) {
        String text() {
            return new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** Polls a run until its status is one of {@code statuses} (120 s at most) and returns it. */
    JsonNode awaitRun(String runId, Set<String> statuses) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = get("/api/v1/runs/" + runId).json();
            if (statuses.contains(run.get("status").asText())) {
                return run;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("run " + runId + " did not reach " + statuses + " within 120 s");
    }

    /** Polls a run until it has ended (succeeded, failed, cancelled or infeasible). */
    JsonNode awaitEnd(String runId) {
        return awaitRun(runId, Set.of("succeeded", "failed", "cancelled", "infeasible"));
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    Answer post(String path, String contentType, String body, Map<String, String> extra) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b, extra);
    }

    /** A POST whose body is sent in chunks, without a Content-Length (as a streaming client does). */
    Answer postChunked(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))), Map.of());
    }

    Answer postAction(String path) {
        return post(path, null, "", Map.of("X-Edgeplan-Request", "1"));
    }

    Answer put(String path, String contentType, String body, Map<String, String> extra) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)), extra);
    }

    Answer delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), Map.of("X-Edgeplan-Request", "1"));
    }

    private Answer send(HttpRequest.Builder b, Map<String, String> extra) {
        headers.forEach(b::header);
        extra.forEach(b::header);
        b.timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
