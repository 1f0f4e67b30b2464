package dev.ednag.core.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics of one architecture. {@code search} is what an optimizer may see; {@code report} is
 * what results are reported on and must never reach an optimizer; {@code metrics} holds any other
 * named values (params, FLOPs, cost). Missing values are NaN.
 */
public record Evaluation(
        String key, EvaluationStatus status, double search, double report, Map<String, Double> metrics, String error) {

    public Evaluation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics == null ? Map.of() : metrics));
    }

    public static Evaluation ok(String key, double search, double report, Map<String, Double> metrics) {
        return new Evaluation(key, EvaluationStatus.OK, search, report, metrics, null);
    }

    public static Evaluation failed(String key, String error) {
        return new Evaluation(key, EvaluationStatus.FAILED, Double.NaN, Double.NaN, Map.of(), error);
    }

    public static Evaluation unevaluable(String key, String reason) {
        return new Evaluation(key, EvaluationStatus.UNEVALUABLE, Double.NaN, Double.NaN, Map.of(), reason);
    }

    public boolean isOk() {
        return status == EvaluationStatus.OK;
    }

    /** A named metric, NaN when absent. */
    public double metric(String name) {
        Double value = metrics.get(name);
        return value == null ? Double.NaN : value;
    }
}
