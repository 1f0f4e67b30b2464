package dev.ednag.benchmarks.nb201;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ednag.core.eval.Goal;
import java.util.List;
import org.junit.jupiter.api.Test;

class Nb201MetricsTest {

    @Test
    void costsLossesErrorsAndTimesAreMinimisedEverythingElseMaximised() {
        for (String name : List.of("params_cifar10_M", "flops", "lat_pixel3", "Latency_ms", "loss", "error_rate",
                "val_loss", "top1_error", "my_err", "gpu_latency", "step_ms", "train_time")) {
            assertEquals(Goal.MINIMIZE, Nb201Metrics.goalOf(name), name);
        }
        for (String name : List.of("cifar10_test", "cifar10valid_valid", "my_acc", "score", "terror_index",
                "accuracy_12ep", "timestamp_acc")) {
            assertEquals(Goal.MAXIMIZE, Nb201Metrics.goalOf(name), name);
        }
    }

    @Test
    void theRuleInWordsNamesEveryPrefixAndSuffix() {
        for (String part : Nb201Metrics.MINIMIZED_PREFIXES) {
            assertTrue(Nb201Benchmark.NAMING_RULE.contains(part), part);
        }
        for (String part : Nb201Metrics.MINIMIZED_SUFFIXES) {
            assertTrue(Nb201Benchmark.NAMING_RULE.contains(part), part);
        }
    }
}
