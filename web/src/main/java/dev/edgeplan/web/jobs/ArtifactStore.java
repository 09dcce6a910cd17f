package dev.edgeplan.web.jobs;

import dev.edgeplan.io.plan.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Run artifacts as files under {@code DATA/artifacts/RUN_ID/}, each written to a temporary file and renamed, so a
 * reader never sees half a file. Run ids are the server's own UUIDs and names come from {@link ArtifactKind}: no
 * path a client sends reaches the file system.
 */
public final class ArtifactStore {

    private static final Pattern RUN_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Path root;

    public ArtifactStore(Path root) {
        this.root = root;
    }

    public void store(String runId, ArtifactKind kind, byte[] content) {
        try {
            AtomicFiles.writeBytes(file(runId, kind), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + kind.fileName() + " of run " + runId, e);
        }
    }

    public Optional<byte[]> read(String runId, ArtifactKind kind) {
        Path f = file(runId, kind);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readAllBytes(f)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + kind.fileName() + " of run " + runId, e);
        }
    }

    public Optional<String> readText(String runId, ArtifactKind kind) {
        return read(runId, kind).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** Size in bytes, or −1 when not (yet) made. */
    public long size(String runId, ArtifactKind kind) {
        try {
            Path f = file(runId, kind);
            return Files.isRegularFile(f) ? Files.size(f) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    public void deleteRun(String runId) {
        Path dir = root.resolve(checked(runId));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the artifacts of run " + runId, e);
        }
    }

    private Path file(String runId, ArtifactKind kind) {
        return root.resolve(checked(runId)).resolve(kind.fileName());
    }

    private static String checked(String runId) {
        if (!RUN_ID.matcher(runId).matches()) {
            throw new IllegalArgumentException("not a run id: " + runId);
        }
        return runId;
    }
}
