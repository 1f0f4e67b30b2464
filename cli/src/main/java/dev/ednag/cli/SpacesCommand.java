package dev.ednag.cli;

import dev.ednag.benchmarks.Benchmark;
import dev.ednag.benchmarks.Benchmarks;
import dev.ednag.core.json.Json;
import dev.ednag.core.space.CategoricalSpace;
import dev.ednag.core.space.SampledSpace;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.spaces.SearchSpaces;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag spaces}: every built-in search space with its size, genome, tables and metrics. */
@Command(name = "spaces",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Lists every built-in search space: its size, the genome EDNAG denoises, the benchmark tables that "
                + "evaluate it (with their datasets or tasks and metric names) and, for spaces without a table, "
                + "the analytic costs it is searched on.",
            ""},
        footer = {"", "Exit codes: 0 done, 2 bad input, 1 internal error."})
final class SpacesCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--json", description = "Print one JSON document instead of text, for scripts.")
    boolean json;

    @Override
    public Integer call() {
        List<Map<String, Object>> spaces = new ArrayList<>();
        for (String name : SearchSpaces.names()) {
            spaces.add(describe(SearchSpaces.get(name)));
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(Json.writePretty(Map.of("spaces", spaces)));
        } else {
            spaces.forEach(space -> print(out, space));
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> describe(SearchSpace space) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", space.name());
        m.put("description", space.description());
        m.put("size", SpaceSizes.text(space));
        m.put("genome", space.shape().toString());
        m.put("genomeRange", space.genomeRange().name());
        m.put("categorical", space instanceof CategoricalSpace);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (String name : Benchmarks.forSpace(space.name())) {
            Benchmark bench = Benchmarks.get(name);
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("benchmark", name);
            t.put("description", bench.description());
            t.put("datasets", bench.datasets());
            t.put("metrics", bench.metricAliases());
            t.put("testSplit", bench.hasTestSplit());
            t.put("searches", bench.space() instanceof SampledSpace sample
                    ? "the " + sample.size() + " sampled architectures (ednag, diffevo, rs)" : "the whole space");
            tables.add(t);
        }
        m.put("benchmarks", tables);
        space.costs().ifPresent(costs -> m.put("costs", Map.of("metrics", List.of("params", "flops"),
                "input", costs.input())));
        m.put("generate", tables.isEmpty()
                ? (space.costs().isPresent() ? "ednag generate --space " + space.name() + " (minimises params)"
                        : "library only: pass your own Evaluator")
                : "ednag generate --space " + space.name());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static void print(PrintWriter out, Map<String, Object> space) {
        out.printf(Locale.ROOT, "%s%n  %s%n  size %s · genome %s · %s%n", space.get("name"), space.get("description"),
                space.get("size"), space.get("genome"),
                (boolean) space.get("categorical") ? "categorical choices (every optimizer runs on it)"
                        : "no categorical view (ednag, diffevo, rs)");
        for (Map<String, Object> t : (List<Map<String, Object>>) space.get("benchmarks")) {
            out.printf(Locale.ROOT, "  benchmark %s: %s%n    datasets: %s%n    metrics: %s%s; searches %s%n",
                    t.get("benchmark"), t.get("description"), String.join(", ", (List<String>) t.get("datasets")),
                    String.join(", ", (List<String>) t.get("metrics")),
                    (boolean) t.get("testSplit") ? "" : " (validation only, no test split)", t.get("searches"));
        }
        Object costs = space.get("costs");
        if (costs != null) {
            Map<String, Object> c = (Map<String, Object>) costs;
            out.printf(Locale.ROOT, "  costs: params, flops (%s)%n", c.get("input"));
        }
        out.printf(Locale.ROOT, "  run: %s%n%n", space.get("generate"));
    }
}
