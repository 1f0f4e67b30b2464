package dev.ednag.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fixed run for the resume test: 100 batches of three lookups (two new architectures and one
 * repeat), 200 unique architectures in all, through a cache over a journal. Also the child
 * process's main class, so the parent can kill it mid-run.
 */
public final class ResumeScenario {

    static final String FINGERPRINT = "resume-scenario";

    /** What a run returned and which architectures it found already journaled. */
    record Outcome(List<Evaluation> evaluations, List<String> replayedKeys) {
    }

    private ResumeScenario() {
    }

    static List<List<TestArch>> batches() {
        SplittableRandom random = new SplittableRandom(42);
        List<TestArch> seen = new ArrayList<>();
        List<List<TestArch>> batches = new ArrayList<>();
        for (int b = 0; b < 100; b++) {
            TestArch first = architecture(2 * b);
            TestArch second = architecture(2 * b + 1);
            seen.add(first);
            seen.add(second);
            TestArch repeat = seen.get(random.nextInt(seen.size()));
            batches.add(List.of(first, repeat, second));
        }
        return batches;
    }

    private static TestArch architecture(int i) {
        String prefix = i % 23 == 0 ? "fail-" : i % 31 == 0 ? "none-" : "arch-";
        return new TestArch(prefix + i);
    }

    /** Unique keys in first-occurrence order. */
    static List<String> uniqueKeys() {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        for (List<TestArch> batch : batches()) {
            for (TestArch architecture : batch) {
                keys.add(architecture.key());
            }
        }
        return List.copyOf(keys);
    }

    static Outcome run(Path journalFile, Evaluator oracle) throws IOException {
        try (Journal journal = Journal.open(journalFile, FINGERPRINT, Map.of("scenario", "resume"))) {
            List<String> replayed = new ArrayList<>();
            for (String key : uniqueKeys()) {
                if (journal.replayed(key).isPresent()) {
                    replayed.add(key);
                }
            }
            CachingEvaluator evaluator = new CachingEvaluator(new JournalingEvaluator(oracle, journal));
            List<Evaluation> evaluations = new ArrayList<>();
            for (List<TestArch> batch : batches()) {
                evaluations.addAll(evaluator.evaluate(batch));
            }
            return new Outcome(evaluations, replayed);
        }
    }

    /** Arguments: journal file, oracle delay per architecture in milliseconds. */
    public static void main(String[] args) throws IOException {
        run(Path.of(args[0]), new FakeOracle(Long.parseLong(args[1])));
    }
}
