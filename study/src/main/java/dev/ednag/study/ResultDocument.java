package dev.ednag.study;

import dev.ednag.core.eval.Evaluation;
import dev.ednag.core.run.RunResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds {@code result.json}. Stable keys that scripts may rely on: {@code best.arch},
 * {@code best.search}, {@code best.report}, {@code best.isOptimum}, {@code protocol}, {@code seed},
 * {@code uniqueArchitectures}, {@code unevaluable}, {@code failed}, {@code lookups}, {@code wallMillis}, {@code top[].arch},
 * {@code top[].search}, {@code top[].report}. Only {@code wallMillis} varies between identical runs.
 */
public final class ResultDocument {

    private ResultDocument() {}

    public static Map<String, Object> build(RunContext ctx, RunResult result, int topK) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "ednag-result/1");
        doc.put("protocol", ctx.protocol());
        doc.put("seed", ctx.seed());
        doc.put("space", ctx.space());
        doc.put("benchmark", benchmark(ctx));
        Map<String, Object> optimizer = new LinkedHashMap<>();
        optimizer.put("name", ctx.optimizer());
        optimizer.put("configuration", ctx.configuration());
        doc.put("optimizer", optimizer);
        doc.put("budget", ctx.budget() > 0 ? ctx.budget() : null);
        doc.put("stopReason", result.stopReason().name().toLowerCase(Locale.ROOT));
        doc.put("iterations", result.trace().size());
        doc.put("uniqueArchitectures", result.uniqueArchitectures());
        doc.put("unevaluable", result.unevaluable());
        doc.put("failed", result.failed());
        doc.put("lookups", result.lookups());
        doc.put("replayedFromJournal", result.replayed());
        doc.put("best", result.incumbent().map(e -> entry(ctx, e)).orElse(null));
        List<Object> top = new ArrayList<>();
        int rank = 1;
        for (Evaluation e : result.top(topK)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank++);
            row.putAll(entry(ctx, e));
            top.add(row);
        }
        doc.put("top", top);
        doc.put("population", population(ctx, result));
        if (!ctx.evaluator().isEmpty()) {
            doc.put("evaluator", ctx.evaluator());
        }
        doc.put("notes", ctx.notes());
        doc.put("versions", Versions.all());
        doc.put("wallMillis", result.wallMillis());
        return doc;
    }

    private static Map<String, Object> benchmark(RunContext ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", ctx.benchmark());
        m.put("dataset", ctx.dataset());
        m.put("searchMetric", ctx.searchMetric());
        m.put("searchGoal", ctx.searchGoal().name().toLowerCase(Locale.ROOT));
        m.put("reportMetric", ctx.reportMetric());
        m.put("reportGoal", ctx.reportGoal().name().toLowerCase(Locale.ROOT));
        m.put("optimumReport", Double.isNaN(ctx.optimumReport()) ? null : ctx.optimumReport());
        m.put("optimumArchs", ctx.optimumKeys());
        m.put("dataFiles", ctx.dataFiles());
        return m;
    }

    /**
     * The final population as the reference reports it: the best of the population evaluated at the
     * start of the last iteration (spec §7), and the best of the population after the last selection.
     */
    private static Map<String, Object> population(RunContext ctx, RunResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (result.outcome() == null) {
            m.put("lastIterationBest", null);
            m.put("finalBest", null);
            return m;
        }
        m.put("lastIterationBest", entryOrNull(ctx, result.bestOf(result.outcome().lastEvaluatedPopulation())));
        m.put("finalBest", entryOrNull(ctx, result.bestOf(result.outcome().finalPopulation())));
        return m;
    }

    private static Map<String, Object> entryOrNull(RunContext ctx, Optional<Evaluation> e) {
        return e.map(x -> entry(ctx, x)).orElse(null);
    }

    private static Map<String, Object> entry(RunContext ctx, Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arch", e.key());
        m.put("search", e.search());
        m.put("report", e.report());
        m.put("isOptimum", ctx.isOptimum(e.report()));
        for (Map.Entry<String, Double> metric : e.metrics().entrySet()) {
            m.put(metric.getKey(), metric.getValue());
        }
        return m;
    }
}
