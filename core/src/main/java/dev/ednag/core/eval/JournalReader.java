package dev.ednag.core.eval;

import dev.ednag.core.json.Json;
import dev.ednag.core.json.JsonParseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a journal's bytes. A line counts only once its newline is written, so a final line
 * without one is what an interrupted append leaves behind and is dropped; so is a final line that
 * does not parse (e.g. bytes lost in an OS crash). Anything malformed before the final line means
 * the file was damaged otherwise, and reading fails rather than guessing.
 */
final class JournalReader {

    /** The parsed journal and the length of its intact prefix (what to truncate to). */
    record Contents(Map<String, Object> header, Map<String, Evaluation> replay, long intactLength) {
    }

    private JournalReader() {
    }

    static Contents read(Path file, byte[] bytes) throws IOException {
        Map<String, Object> header = null;
        Map<String, Evaluation> replay = new LinkedHashMap<>();
        int lineStart = 0;
        int lineNumber = 0;
        while (lineStart < bytes.length) {
            int newline = indexOfNewline(bytes, lineStart);
            if (newline < 0) {
                break; // an append cut short: no newline, so never committed
            }
            lineNumber++;
            boolean finalLine = newline == bytes.length - 1;
            Map<String, Object> record;
            try {
                record = Json.parseObject(decode(bytes, lineStart, newline));
            } catch (JsonParseException | CharacterCodingException e) {
                if (lineNumber == 1) {
                    throw notAJournal(file, e.getMessage());
                }
                if (finalLine) {
                    break; // a torn final line
                }
                throw corrupt(file, lineNumber, e.getMessage());
            }
            if (lineNumber == 1) {
                header = checkHeader(file, record);
            } else {
                try {
                    Evaluation evaluation = JournalCodec.fromRecord(record);
                    replay.putIfAbsent(evaluation.key(), evaluation);
                } catch (IllegalArgumentException | ClassCastException e) {
                    throw corrupt(file, lineNumber, e.getMessage());
                }
            }
            lineStart = newline + 1;
        }
        if (header == null) {
            throw notAJournal(file, "it has no complete header line");
        }
        return new Contents(Collections.unmodifiableMap(header), Collections.unmodifiableMap(replay), lineStart);
    }

    private static Map<String, Object> checkHeader(Path file, Map<String, Object> header) throws IOException {
        if (!JournalCodec.HEADER_TYPE.equals(header.get("type"))) {
            throw notAJournal(file, "line 1 is not a header record");
        }
        Object format = header.get("format");
        if (!JournalCodec.FORMAT.equals(format)) {
            throw new IOException("journal " + file + " has format " + format + ", expected " + JournalCodec.FORMAT);
        }
        if (!(header.get("fingerprint") instanceof String)) {
            throw notAJournal(file, "its header has no fingerprint");
        }
        return header;
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        // Safe on UTF-8: the byte '\n' never occurs inside a multi-byte sequence.
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String decode(byte[] bytes, int from, int to) throws CharacterCodingException {
        // Strict decoding: a torn line may end inside a multi-byte character.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, to - from))
                .toString();
    }

    private static IOException notAJournal(Path file, String why) {
        return new IOException(file + " is not an ednag journal: " + why);
    }

    private static IOException corrupt(Path file, int lineNumber, String why) {
        return new IOException("corrupt journal " + file + " at line " + lineNumber + ": " + why);
    }
}
