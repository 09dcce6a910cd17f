package dev.edgeplan.io.plan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file so a reader sees either the old content or the whole new content, never half. */
public final class AtomicFiles {

    private static final java.util.concurrent.atomic.AtomicLong SEQUENCE =
            new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    /** Temporary files being written now: an interrupted run removes them on its way out. */
    private static final java.util.Set<Path> IN_FLIGHT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    public static void writeString(Path target, String content) throws IOException {
        writeBytes(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toUnsignedString(SEQUENCE.incrementAndGet()) + ".tmp");
        IN_FLIGHT.add(tmp);
        try {
            // CREATE_NEW, not createTempFile: the file gets the user's umask permissions (a temp file's 0600 would
            // survive the rename and hide the plan from the user's group)
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    /**
     * Deletes every temporary file still being written (called when the JVM is stopped by SIGINT or SIGTERM, while
     * a write may be half done) and returns how many there were. Renamed outputs are complete and stay.
     */
    public static int abandonInFlight() {
        int removed = 0;
        for (Path tmp : java.util.List.copyOf(IN_FLIGHT)) {
            try {
                if (Files.deleteIfExists(tmp)) {
                    removed++;
                }
            } catch (IOException e) {
                // best effort on the way out; the name starts with a dot and ends in .tmp
            }
            IN_FLIGHT.remove(tmp);
        }
        return removed;
    }
}
