package dev.ednag.core.run;

import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.optimizer.Optimizer;
import dev.ednag.core.space.SearchSpace;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a run needs.
 *
 * @param space          the search space
 * @param optimizer      the algorithm
 * @param oracle         the plain evaluator; the runner wraps it in caching, budget, journal, …
 * @param searchGoal     direction of the search metric
 * @param seed           the run's seed
 * @param budget         maximum unique architectures evaluated, or 0 for none
 * @param journal        JSON-lines journal to replay and append to, or null for an in-memory run
 * @param fingerprint    identifies the run configuration; a journal written under another is refused
 * @param journalHeader  extra header fields written when the journal is created
 * @param threads        evaluator threads (results never depend on it)
 */
public record RunSpec(
        SearchSpace space, Optimizer optimizer, Evaluator oracle, Goal searchGoal, long seed, long budget,
        Path journal, String fingerprint, Map<String, Object> journalHeader, int threads) {

    public RunSpec {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(oracle, "oracle");
        Objects.requireNonNull(searchGoal, "searchGoal");
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be >= 0 (0 = none), got " + budget);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (journal != null) {
            Objects.requireNonNull(fingerprint, "fingerprint is required with a journal");
        }
        journalHeader = journalHeader == null ? Map.of() : journalHeader;
    }

    /** An in-memory run: no journal, no budget, one thread. */
    public static RunSpec inMemory(SearchSpace space, Optimizer optimizer, Evaluator oracle, Goal goal, long seed) {
        return new RunSpec(space, optimizer, oracle, goal, seed, 0, null, null, Map.of(), 1);
    }

    public RunSpec withBudget(long newBudget) {
        return new RunSpec(space, optimizer, oracle, searchGoal, seed, newBudget, journal, fingerprint,
                journalHeader, threads);
    }
}
