package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Journals as a crash, a disk or a person leaves them, 10⁵ of them: truncated last lines, edited
 * bytes, foreign headers, garbage. Reading ends in the intact evaluations or one IOException with
 * a message; opening one of another configuration leaves the file exactly as it was.
 */
class JournalFuzzTest {

    private static final String HEADER = "{\"type\":\"header\",\"format\":\"ednag-journal/1\",\"fingerprint\":\"f1\"}\n";
    private static final List<String> LINES = List.of(
            "{\"type\":\"evaluation\",\"key\":\"a\",\"status\":\"ok\",\"search\":1.5,\"report\":2.0,\"metrics\":{},"
                    + "\"error\":null}\n",
            "{\"type\":\"evaluation\",\"key\":\"b\",\"status\":\"failed\",\"search\":null,\"report\":null,"
                    + "\"metrics\":{},\"error\":\"boom\"}\n",
            "{\"type\":\"evaluation\",\"key\":\"c\",\"status\":\"unevaluable\",\"search\":null,\"report\":null,"
                    + "\"metrics\":{\"params\":3},\"error\":\"not in table\"}\n");

    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("journal-fuzz");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property(tries = 100_000, seed = "16004")
    void aDamagedJournalIsReadUpToItsDamageOrRefusedWithAMessage(@ForAll("journals") byte[] bytes) {
        try {
            JournalReader.Contents contents = JournalReader.read(Path.of("journal.jsonl"), bytes);
            assertTrue(contents.intactLength() <= bytes.length);
            assertTrue(contents.replay().size() <= 3, "only what was written can replay");
        } catch (IOException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Property(tries = 2_000, seed = "16005")
    void openingAJournalOfAnotherConfigurationChangesNothing(@ForAll("journals") byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("j.jsonl"), bytes);
        if (bytes.length == 0) {
            return; // an empty file is a journal not yet started, and gets a header
        }
        assertThrows(IOException.class, () -> Journal.open(file, "another-configuration", Map.of()).close());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the other run's journal is untouched");
    }

    @Provide
    Arbitrary<byte[]> journals() {
        Arbitrary<String> text = Arbitraries.of(LINES).list().ofMaxSize(5)
                .map(l -> HEADER + String.join("", l));
        Arbitrary<byte[]> edited = Combinators.combine(text, Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(0, 3), Arbitraries.bytes()).as((t, at, kind, b) -> {
                    byte[] raw = t.getBytes(StandardCharsets.UTF_8);
                    int i = Math.min(at, raw.length);
                    return switch (kind) {
                        case 0 -> java.util.Arrays.copyOf(raw, i); // a kill mid-append
                        case 1 -> {
                            byte[] out = raw.clone();
                            if (i < out.length) {
                                out[i] = b;
                            }
                            yield out;
                        }
                        case 2 -> (t.replace("\"f1\"", "\"f2\"")).getBytes(StandardCharsets.UTF_8); // another config
                        default -> raw;
                    };
                });
        return Arbitraries.oneOf(edited, Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.strings().ofMaxLength(80).map(s -> (s + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
