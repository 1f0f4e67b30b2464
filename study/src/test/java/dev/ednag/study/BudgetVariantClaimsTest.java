package dev.ednag.study;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.benchmarks.Protocol;
import dev.ednag.benchmarks.nb201.Nb201Benchmark;
import dev.ednag.benchmarks.nb201.Nb201Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's claims for the budget variant, re-measured on every build with the study's own
 * seeds 1–100 (the variant was designed on seeds 10001–10100).
 */
class BudgetVariantClaimsTest {

    private static final List<Long> SEEDS = LongStream.rangeClosed(1, 100).boxed().toList();

    private static Map<String, Problem> problems(Protocol protocol) {
        Map<String, Problem> m = new LinkedHashMap<>();
        for (Nb201Dataset ds : Nb201Dataset.values()) {
            m.put(ds.id(), Problem.nb201(Nb201Benchmark.shipped(), ds, protocol, null, null, false));
        }
        return m;
    }

    @Test
    void lowerMeanBlackboxRegretThanEveryBaselineAt150(@TempDir Path dir) throws IOException {
        Map<String, Problem> problems = problems(Protocol.BLACKBOX);
        StudyPlan plan = new StudyPlan("nb201", Protocol.BLACKBOX, List.copyOf(problems.keySet()),
                List.of("ednag", "rea", "rs", "reinforce", "ls"), List.of(150L), SEEDS);
        Map<String, Double> regret = meanRegret(Study.run(plan, problems, dir, 2, StudyRunner.Progress.NONE).runs());
        for (String dataset : problems.keySet()) {
            double ednag = regret.get("ednag " + dataset);
            for (String other : List.of("rea", "rs", "reinforce", "ls")) {
                assertTrue(ednag < regret.get(other + " " + dataset),
                        dataset + ": ednag " + ednag + " vs " + other + " " + regret.get(other + " " + dataset));
            }
        }
    }

    @Test
    void oracleHitsTheCifarOptimaInAtLeast95Of100RunsWithin500(@TempDir Path dir) throws IOException {
        Map<String, Problem> problems = problems(Protocol.ORACLE);
        problems.remove(Nb201Dataset.IMAGENET16_120.id()); // 75/100 there: reported, not claimed
        StudyPlan plan = new StudyPlan("nb201", Protocol.ORACLE, List.copyOf(problems.keySet()), List.of("ednag"),
                List.of(500L), SEEDS);
        Map<String, Integer> hits = new HashMap<>();
        for (RunRecord r : Study.run(plan, problems, dir, 2, StudyRunner.Progress.NONE).runs()) {
            assertTrue(r.uniqueQueries() <= 500);
            hits.merge(r.dataset(), r.hit() ? 1 : 0, Integer::sum);
        }
        for (String dataset : problems.keySet()) {
            assertTrue(hits.get(dataset) >= 95, dataset + ": " + hits.get(dataset) + "/100");
        }
    }

    private static Map<String, Double> meanRegret(List<RunRecord> runs) {
        Map<String, Double> sum = new HashMap<>();
        Map<String, Integer> n = new HashMap<>();
        for (RunRecord r : runs) {
            String key = r.optimizer() + " " + r.dataset();
            sum.merge(key, r.regret(), Double::sum);
            n.merge(key, 1, Integer::sum);
        }
        Map<String, Double> mean = new HashMap<>();
        sum.forEach((k, v) -> mean.put(k, v / n.get(k)));
        return mean;
    }
}
