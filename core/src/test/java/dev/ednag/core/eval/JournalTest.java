package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("runs/run-1/journal.jsonl");
    }

    private static Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("optimizer", "ednag");
        fields.put("seed", 7);
        return fields;
    }

    private static void write(Journal journal, String... keys) throws IOException {
        for (String key : keys) {
            journal.append(FakeOracle.expected(key));
        }
    }

    private List<String> lines() throws IOException {
        return Files.readAllLines(file(), StandardCharsets.UTF_8);
    }

    private void appendRaw(String text) throws IOException {
        Files.writeString(file(), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void createsTheFileWithAHeaderLine() throws IOException {
        try (Journal journal = Journal.open(file(), "fp-1", fields())) {
            assertEquals(0, journal.replayCount());
            assertEquals(file(), journal.file());
            assertEquals("fp-1", journal.header().get("fingerprint"));
        }
        assertEquals(List.of("{\"type\":\"header\",\"format\":\"ednag-journal/1\",\"fingerprint\":\"fp-1\","
                + "\"optimizer\":\"ednag\",\"seed\":7}"), lines());
    }

    @Test
    void writesOneEvaluationPerLine() throws IOException {
        try (Journal journal = Journal.open(file(), "fp-1", fields())) {
            journal.append(Evaluation.ok("a|b", 94.37333333, Double.NaN, Map.of("params", 1.0E-9)));
            journal.append(Evaluation.failed("c", "boom"));
        }
        List<String> lines = lines();
        assertEquals(3, lines.size());
        assertEquals("{\"type\":\"evaluation\",\"key\":\"a|b\",\"status\":\"ok\",\"search\":94.37333333,\"report\":null,"
                + "\"metrics\":{\"params\":1.0E-9},\"error\":null}", lines.get(1));
        assertEquals("failed", Json.parseObject(lines.get(2)).get("status"));
    }

    @Test
    void reopeningReplaysWhatWasAppendedExactly() throws IOException {
        Evaluation special = new Evaluation("special", EvaluationStatus.OK, -0.0, Double.POSITIVE_INFINITY,
                Map.of("nan", Double.NaN, "neg", Double.NEGATIVE_INFINITY, "min", Double.MIN_VALUE), null);
        try (Journal journal = Journal.open(file(), "fp-1", fields())) {
            write(journal, "a", "fail-b", "none-c");
            journal.appendAll(List.of(special, FakeOracle.expected("d")));
        }
        try (Journal journal = Journal.open(file(), "fp-1", Map.of())) {
            assertEquals(5, journal.replayCount());
            for (String key : List.of("a", "fail-b", "none-c", "d")) {
                assertEquals(Optional.of(FakeOracle.expected(key)), journal.replayed(key));
            }
            Evaluation back = journal.replayed("special").orElseThrow();
            assertEquals(special, back);
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.search()));
            assertEquals(Optional.empty(), journal.replayed("zzz"));
            assertEquals(7L, journal.header().get("seed"));
        }
    }

    @Test
    void firstOccurrenceWinsAndAppendsAreNotReplayedUntilReopened() throws IOException {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            journal.append(FakeOracle.expected("a"));
            journal.append(Evaluation.failed("a", "second"));
            assertEquals(0, journal.replayCount());
        }
        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(1, journal.replayCount());
            assertEquals(FakeOracle.expected("a"), journal.replayed("a").orElseThrow());
        }
    }

    @Test
    void differentFingerprintIsAMismatch() throws IOException {
        Journal.open(file(), "fp-1", fields()).close();
        JournalMismatchException e = assertThrows(JournalMismatchException.class,
                () -> Journal.open(file(), "fp-2", fields()));
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("different run configuration"), e.getMessage());
    }

    @Test
    void truncatedLastLineIsIgnoredAndRepairedBeforeAppending() throws IOException {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            write(journal, "a", "b");
        }
        String intact = Files.readString(file());
        String third = Json.write(JournalCodec.toRecord(FakeOracle.expected("c")));
        appendRaw(third.substring(0, third.length() / 2)); // what kill -9 mid-write leaves

        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(2, journal.replayCount());
            assertFalse(journal.replayed("c").isPresent());
            assertEquals(intact, Files.readString(file()), "the torn tail must be cut off");
            write(journal, "c", "d");
        }
        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(4, journal.replayCount());
            assertEquals(Optional.of(FakeOracle.expected("c")), journal.replayed("c"));
        }
        assertEquals(5, lines().size());
    }

    @Test
    void completeLineMissingOnlyItsNewlineIsAlsoDropped() throws IOException {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            write(journal, "a");
        }
        appendRaw(Json.write(JournalCodec.toRecord(FakeOracle.expected("b"))));
        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(1, journal.replayCount());
            write(journal, "b");
        }
        assertEquals(3, lines().size());
    }

    @Test
    void tornMultiByteCharacterInTheLastLineIsDropped() throws IOException {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            write(journal, "a");
        }
        byte[] line = (Json.write(JournalCodec.toRecord(FakeOracle.expected("été"))) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] torn = java.util.Arrays.copyOf(line, 29); // ends inside the two-byte 'é'
        Files.write(file(), torn, StandardOpenOption.APPEND);
        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(1, journal.replayCount());
        }
    }

    @Test
    void garbageFinalLineWithNewlineIsDropped() throws IOException {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            write(journal, "a");
        }
        appendRaw("\u0000\u0000\u0000\n");
        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(1, journal.replayCount());
            write(journal, "b");
        }
        assertEquals(3, lines().size());
    }

    @Test
    void corruptMiddleLineIsAnErrorNamingFileAndLine() throws IOException {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            write(journal, "a");
        }
        appendRaw("{\"type\":\"evaluation\",\"key\":\n"
                + Json.write(JournalCodec.toRecord(FakeOracle.expected("b"))) + "\n");
        String before = Files.readString(file());
        IOException e = assertThrows(IOException.class, () -> Journal.open(file(), "fp", null));
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertEquals(before, Files.readString(file()), "a corrupt journal must not be modified");
    }

    @Test
    void structurallyInvalidRecordIsAnError() throws IOException {
        Journal.open(file(), "fp", null).close();
        appendRaw("{\"type\":\"evaluation\",\"key\":\"a\",\"status\":\"great\",\"search\":1,\"report\":1,"
                + "\"metrics\":{},\"error\":null}\n");
        IOException e = assertThrows(IOException.class, () -> Journal.open(file(), "fp", null));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("great"), e.getMessage());
    }

    @Test
    void refusesFilesThatAreNotJournals() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "key,accuracy\na,1\n");
        IOException e = assertThrows(IOException.class, () -> Journal.open(file(), "fp", null));
        assertTrue(e.getMessage().contains("not an ednag journal"), e.getMessage());
        assertEquals("key,accuracy\na,1\n", Files.readString(file()), "must not touch a foreign file");
    }

    @Test
    void emptyFileIsTreatedAsNew() throws IOException {
        Files.createDirectories(file().getParent());
        Files.createFile(file());
        try (Journal journal = Journal.open(file(), "fp", null)) {
            write(journal, "a");
        }
        assertEquals(2, lines().size());
    }

    @Test
    void secondOpenWhileOpenIsRefused() throws IOException {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            IOException e = assertThrows(IOException.class, () -> Journal.open(file(), "fp", null));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
            write(journal, "a");
        }
        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(1, journal.replayCount());
        }
    }

    @Test
    void appendAfterCloseFails() throws IOException {
        Journal journal = Journal.open(file(), "fp", null);
        journal.close();
        journal.close();
        assertThrows(IOException.class, () -> journal.append(FakeOracle.expected("a")));
    }

    @Test
    void reservedHeaderFieldsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Journal.open(file(), "fp", Map.of("fingerprint", "x")));
        assertFalse(Files.exists(file()));
    }

    @Test
    void concurrentAppendsProduceWholeLines() throws Exception {
        try (Journal journal = Journal.open(file(), "fp", null)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int id = t;
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 100; i++) {
                        try {
                            journal.append(FakeOracle.expected("t" + id + "-" + i));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        try (Journal journal = Journal.open(file(), "fp", null)) {
            assertEquals(400, journal.replayCount());
        }
    }
}
