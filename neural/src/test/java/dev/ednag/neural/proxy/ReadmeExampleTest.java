package dev.ednag.neural.proxy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.ednag.EdnagOptimizer;
import dev.ednag.core.ednag.EdnagVariant;
import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.eval.Evaluator;
import dev.ednag.core.eval.Goal;
import dev.ednag.core.fitness.RangeFitness;
import dev.ednag.core.run.RunResult;
import dev.ednag.core.run.RunSpec;
import dev.ednag.core.run.Runner;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.nb201.Nb201NetworkBuilder;
import dev.ednag.spaces.nb201.Nb201Space;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The README's training-free example, as written there, climbs synflow far above random cells. */
class ReadmeExampleTest {

    @Test
    void findsACellWithALargeSynflow() throws IOException {
        ProxyContext networks = new ProxyContext(Nb201NetworkBuilder.benchmark(), ImageTask.CIFAR10, null);
        Evaluator synflow = new ProxyEvaluator(ZeroCostProxies.parse("synflow"), networks, 42);
        EdnagOptimizer budget = new EdnagOptimizer(EdnagVariant.BUDGET.config(new RangeFitness(50, 25), 300), "budget");
        RunResult found = Runner.run(RunSpec.inMemory(Nb201Space.instance(), budget, synflow, Goal.MAXIMIZE, 42),
                Runner.TraceListener.NONE);

        // Random cells score log10 synflow of about 20 to 40; the largest networks score about 50.
        Evaluation best = found.incumbent().orElseThrow();
        assertTrue(best.search() > 45, best.key() + " " + best.search());
        assertTrue(found.uniqueArchitectures() <= 330, "unique " + found.uniqueArchitectures());
    }
}
