package dev.ednag.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalingEvaluatorTest {

    @TempDir
    Path dir;

    @Test
    void appendsFreshResultsInInputOrder() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        FakeOracle oracle = new FakeOracle();
        try (Journal journal = Journal.open(file, "fp", null)) {
            JournalingEvaluator journaling = new JournalingEvaluator(oracle, journal);
            List<TestArch> batch = TestArch.of("c", "a", "fail-b");
            assertEquals(FakeOracle.expectedFor(batch), journaling.evaluate(batch));
            assertEquals(0, journaling.replayHits());
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size());
        assertEquals(List.of("c", "a", "fail-b"), lines.subList(1, 4).stream()
                .map(line -> (String) dev.ednag.core.json.Json.parseObject(line).get("key")).toList());
    }

    @Test
    void replaysJournaledArchitecturesWithoutCallingTheDelegate() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        try (Journal journal = Journal.open(file, "fp", null)) {
            new JournalingEvaluator(new FakeOracle(), journal).evaluate(TestArch.of("a", "b"));
        }
        FakeOracle oracle = new FakeOracle();
        try (Journal journal = Journal.open(file, "fp", null)) {
            JournalingEvaluator journaling = new JournalingEvaluator(oracle, journal);
            List<TestArch> batch = TestArch.of("x", "b", "y", "a");
            assertEquals(FakeOracle.expectedFor(batch), journaling.evaluate(batch));
            assertEquals(List.of(List.of("x", "y")), oracle.batches());
            assertEquals(2, journaling.replayHits());

            journaling.evaluate(TestArch.of("a", "b"));
            assertEquals(1, oracle.batches().size(), "a fully replayed batch must not reach the delegate");
            assertEquals(4, journaling.replayHits());
        }
        try (Journal journal = Journal.open(file, "fp", null)) {
            assertEquals(4, journal.replayCount());
        }
    }

    @Test
    void replayedResultsAreTheRecordedOnesNotFreshOnes() throws IOException {
        Path file = dir.resolve("journal.jsonl");
        try (Journal journal = Journal.open(file, "fp", null)) {
            journal.append(Evaluation.failed("a", "recorded failure"));
        }
        try (Journal journal = Journal.open(file, "fp", null)) {
            List<Evaluation> results = new JournalingEvaluator(new FakeOracle(), journal).evaluate(TestArch.of("a"));
            assertEquals(Evaluation.failed("a", "recorded failure"), results.get(0));
        }
    }

    @Test
    void appendFailureSurfacesAsUncheckedIoException() throws IOException {
        Journal journal = Journal.open(dir.resolve("journal.jsonl"), "fp", null);
        journal.close();
        JournalingEvaluator journaling = new JournalingEvaluator(new FakeOracle(), journal);
        assertThrows(UncheckedIOException.class, () -> journaling.evaluate(TestArch.of("a")));
    }
}
