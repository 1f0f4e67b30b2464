package dev.ednag.study.report;

import dev.ednag.study.RunRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Run records grouped by dataset, budget and optimizer, in report order: datasets and optimizers
 * as the header lists them, then any others alphabetically; budgets ascending; runs by seed. The
 * order never depends on the order of the records, so neither do the report's bytes.
 */
final class RunGroups {

    private final Map<String, TreeMap<Long, Map<String, List<RunRecord>>>> groups = new LinkedHashMap<>();
    private final List<String> optimizerOrder;

    private RunGroups(List<String> optimizerOrder) {
        this.optimizerOrder = optimizerOrder;
    }

    /**
     * @throws IllegalArgumentException when one optimizer has two runs with the same seed on the
     *     same dataset and budget (the pairing by seed would be ambiguous)
     */
    static RunGroups of(StudyHeader header, List<RunRecord> runs) {
        List<String> datasetOrder = ordered(header.datasets().stream().map(DatasetMetrics::dataset).toList(),
                runs.stream().map(RunRecord::dataset).toList());
        List<String> optimizerOrder = ordered(header.optimizers().stream().map(OptimizerSetup::name).toList(),
                runs.stream().map(RunRecord::optimizer).toList());
        RunGroups result = new RunGroups(optimizerOrder);
        for (String dataset : datasetOrder) {
            result.groups.put(dataset, new TreeMap<>());
        }
        for (RunRecord run : runs) {
            result.groups.get(run.dataset()).computeIfAbsent(run.budget(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(run.optimizer(), o -> new ArrayList<>()).add(run);
        }
        for (TreeMap<Long, Map<String, List<RunRecord>>> byBudget : result.groups.values()) {
            for (Map<String, List<RunRecord>> byOptimizer : byBudget.values()) {
                for (List<RunRecord> list : byOptimizer.values()) {
                    list.sort(Comparator.comparingLong(RunRecord::seed));
                    Set<Long> seeds = new HashSet<>();
                    for (RunRecord run : list) {
                        if (!seeds.add(run.seed())) {
                            throw new IllegalArgumentException("two runs of " + run.optimizer() + " on " + run.dataset()
                                    + " at budget " + run.budget() + " have seed " + run.seed());
                        }
                    }
                }
            }
        }
        result.groups.values().removeIf(Map::isEmpty);
        return result;
    }

    /** {@code first} as given, then the names only in {@code rest}, sorted. */
    private static List<String> ordered(List<String> first, List<String> rest) {
        List<String> order = new ArrayList<>();
        for (String name : first) {
            if (!order.contains(name)) {
                order.add(name);
            }
        }
        Set<String> others = new TreeSet<>(rest);
        others.removeAll(order);
        order.addAll(others);
        return order;
    }

    /** Datasets that have runs. */
    List<String> datasets() {
        return List.copyOf(groups.keySet());
    }

    List<Long> budgets(String dataset) {
        return List.copyOf(groups.get(dataset).keySet());
    }

    /** Optimizers with runs on {@code dataset} at {@code budget}, in report order. */
    List<String> optimizers(String dataset, long budget) {
        Map<String, List<RunRecord>> byOptimizer = groups.get(dataset).get(budget);
        return optimizerOrder.stream().filter(byOptimizer::containsKey).toList();
    }

    /** Optimizers with runs on {@code dataset} at any budget, in report order. */
    List<String> optimizers(String dataset) {
        Set<String> present = new HashSet<>();
        groups.get(dataset).values().forEach(m -> present.addAll(m.keySet()));
        return optimizerOrder.stream().filter(present::contains).toList();
    }

    /** The runs, by seed. */
    List<RunRecord> runs(String dataset, long budget, String optimizer) {
        return List.copyOf(groups.get(dataset).get(budget).getOrDefault(optimizer, List.of()));
    }

    /** The largest budget at which {@code optimizer} ran on {@code dataset}. */
    long largestBudget(String dataset, String optimizer) {
        long largest = -1;
        for (Map.Entry<Long, Map<String, List<RunRecord>>> e : groups.get(dataset).entrySet()) {
            if (e.getValue().containsKey(optimizer)) {
                largest = e.getKey();
            }
        }
        return largest;
    }

    /** All runs on {@code dataset}. */
    List<RunRecord> runs(String dataset) {
        List<RunRecord> all = new ArrayList<>();
        groups.get(dataset).values().forEach(m -> m.values().forEach(all::addAll));
        return all;
    }
}
