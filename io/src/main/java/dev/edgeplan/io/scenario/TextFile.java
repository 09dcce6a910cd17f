package dev.edgeplan.io.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole UTF-8 text file with a size limit, turning every failure into a message. */
final class TextFile {

    private TextFile() {
    }

    /** The text (BOM removed), or why there is none, with a position when the bytes are at fault. */
    record Loaded(String text, String error, int line, int column) {

        boolean ok() {
            return text != null;
        }
    }

    /** @param limitKey the {@code --limit} key that raises {@code maxBytes}, named in the message */
    static Loaded read(Path path, long maxBytes, String limitKey) {
        if (Files.isDirectory(path)) {
            return failure("is a directory, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            return failure("file not found");
        } catch (AccessDeniedException e) {
            return failure("permission denied");
        } catch (IOException e) {
            return failure("cannot read file: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            return failure(String.format(java.util.Locale.ROOT, "file is too big: more than %d bytes (%.6g MB), the "
                    + "limit; raise it with --limit %s=N", maxBytes, maxBytes / 1048576.0, limitKey));
        }
        return decode(bytes);
    }

    /** Strict UTF-8: a bad byte is reported at its line and column, not replaced. */
    static Loaded decode(byte[] bytes) {
        String utf16 = utf16Bom(bytes);
        if (utf16 != null) {
            return new Loaded(null, "the file is " + utf16 + " (it starts with that byte order mark); save it as UTF-8",
                    1, 1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            int column = lastLine.codePointCount(0, lastLine.length()) + 1;
            String message = String.format("invalid UTF-8 byte 0x%02X at byte offset %d (save the file as UTF-8)",
                    bytes[in.position()] & 0xFF, in.position());
            return new Loaded(null, message, line, column);
        }
        decoder.flush(out);
        out.flip();
        return new Loaded(stripBom(out.toString()), null, 0, 0);
    }

    /** Editors on Windows often save "Unicode" text as UTF-16 with a byte order mark: name it instead of its 0xFF. */
    private static String utf16Bom(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        return null;
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Loaded failure(String message) {
        return new Loaded(null, message, 0, 0);
    }
}
