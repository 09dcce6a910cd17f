package dev.edgeplan.web.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * How {@code edgeplan serve} runs.
 *
 * @param bindHost      address to listen on; anything but loopback requires {@code token}
 * @param port          TCP port, 0 for any free one
 * @param dataDir       the embedded database and run artifacts
 * @param dbUrl         a PostgreSQL JDBC URL instead of the embedded database
 * @param token         bearer token clients must send; empty = none (loopback only)
 * @param workers       plans computed at once
 * @param queue         plan runs waiting beyond the workers before new ones are refused
 * @param maxBodyBytes  largest request body accepted
 */
public record WebConfig(String bindHost, int port, Path dataDir, Optional<String> dbUrl, Optional<String> token,
                        int workers, int queue, long maxBodyBytes) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** One plan per core by default: a national plan uses both cores of a small server for seconds. */
    public static final int DEFAULT_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    public static final int DEFAULT_QUEUE = 32;
    /** Scenario files are text of a few kB; 5 MB leaves room for inline demand points without inviting abuse. */
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    private static final int TOKEN_BYTES = 24;

    public WebConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be 0–65535 (got " + port + ")");
        }
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("--workers must be 1–64 (got " + workers + ")");
        }
        if (queue < 1 || queue > 10_000) {
            throw new IllegalArgumentException("--queue must be 1–10,000 (got " + queue + ")");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("--max-body-mb must allow at least 1 kB");
        }
        if (token.isPresent() && token.get().length() < 16) {
            throw new IllegalArgumentException("--token must be at least 16 characters");
        }
    }

    /** True when the bind address is a loopback one (only this machine can connect). */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(bindHost).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown host '" + bindHost + "'");
        }
    }

    /** The same, with a random token when one is required and none was given. */
    public WebConfig withRequiredToken() {
        if (token.isPresent() || loopbackOnly()) {
            return this;
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new WebConfig(bindHost, port, dataDir, dbUrl, Optional.of(HexFormat.of().formatHex(bytes)), workers, queue,
                maxBodyBytes);
    }
}
