package dev.ednag.core.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Converts evaluations to and from journal records. Doubles round-trip bit-exactly: finite values
 * as JSON numbers, NaN as {@code null}, infinities as the strings {@code "Infinity"} and
 * {@code "-Infinity"} (plain JSON has no infinity, and losing one would make a resumed run differ).
 */
final class JournalCodec {

    static final String FORMAT = "ednag-journal/1";
    static final String HEADER_TYPE = "header";
    static final String EVALUATION_TYPE = "evaluation";

    private JournalCodec() {
    }

    static Map<String, Object> toRecord(Evaluation evaluation) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", EVALUATION_TYPE);
        record.put("key", evaluation.key());
        record.put("status", evaluation.status().name().toLowerCase(Locale.ROOT));
        record.put("search", encode(evaluation.search()));
        record.put("report", encode(evaluation.report()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (Map.Entry<String, Double> metric : evaluation.metrics().entrySet()) {
            Double value = metric.getValue();
            metrics.put(metric.getKey(), value == null ? null : encode(value));
        }
        record.put("metrics", metrics);
        record.put("error", evaluation.error());
        return record;
    }

    /**
     * @throws IllegalArgumentException describing the first malformed field
     */
    static Evaluation fromRecord(Map<String, Object> record) {
        Object type = record.get("type");
        if (!EVALUATION_TYPE.equals(type)) {
            throw new IllegalArgumentException("expected a record of type \"evaluation\" but found type " + type);
        }
        String key = requireString(record, "key");
        EvaluationStatus status = status(requireString(record, "status"));
        double search = decode(require(record, "search"), "search");
        double report = decode(require(record, "report"), "report");
        Map<String, Double> metrics = new LinkedHashMap<>();
        Object rawMetrics = require(record, "metrics");
        if (!(rawMetrics instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("field \"metrics\" must be an object");
        }
        for (Map.Entry<?, ?> metric : map.entrySet()) {
            String name = (String) metric.getKey();
            metrics.put(name, decode(metric.getValue(), "metrics." + name));
        }
        Object error = require(record, "error");
        if (error != null && !(error instanceof String)) {
            throw new IllegalArgumentException("field \"error\" must be a string or null");
        }
        return new Evaluation(key, status, search, report, metrics, (String) error);
    }

    private static Object encode(double value) {
        if (value == Double.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (value == Double.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        return value; // NaN is written as null by Json
    }

    private static double decode(Object value, String field) {
        if (value == null) {
            return Double.NaN;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if ("Infinity".equals(value)) {
            return Double.POSITIVE_INFINITY;
        }
        if ("-Infinity".equals(value)) {
            return Double.NEGATIVE_INFINITY;
        }
        throw new IllegalArgumentException("field \"" + field + "\" must be a number, null, \"Infinity\" or \"-Infinity\"");
    }

    private static EvaluationStatus status(String name) {
        for (EvaluationStatus status : EvaluationStatus.values()) {
            if (status.name().toLowerCase(Locale.ROOT).equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status \"" + name + "\", expected ok, failed or unevaluable");
    }

    private static Object require(Map<String, Object> record, String field) {
        if (!record.containsKey(field)) {
            throw new IllegalArgumentException("missing field \"" + field + "\"");
        }
        return record.get(field);
    }

    private static String requireString(Map<String, Object> record, String field) {
        if (!(require(record, field) instanceof String value)) {
            throw new IllegalArgumentException("field \"" + field + "\" must be a string");
        }
        return value;
    }
}
