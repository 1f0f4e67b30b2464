package dev.ednag.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RunRecord ⇄ JSON object, for the study log. NaN travels as null. */
final class RunRecordCodec {

    private RunRecordCodec() {}

    static Map<String, Object> toMap(RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("optimizer", r.optimizer());
        m.put("dataset", r.dataset());
        m.put("budget", r.budget());
        m.put("seed", r.seed());
        m.put("protocol", r.protocol());
        m.put("resultSearch", r.resultSearch());
        m.put("resultReport", r.resultReport());
        m.put("optimumReport", r.optimumReport());
        m.put("regret", r.regret());
        m.put("hit", r.hit());
        m.put("uniqueQueries", r.uniqueQueries());
        m.put("queriesToOptimum", r.queriesToOptimum());
        m.put("wallMillis", r.wallMillis());
        List<Object> points = new ArrayList<>(r.anytime().size());
        for (AnytimePoint p : r.anytime()) {
            points.add(List.of(p.query(), p.report()));
        }
        m.put("anytime", points);
        return m;
    }

    /** @throws IllegalArgumentException when a field is missing or of the wrong type */
    static RunRecord fromMap(Map<String, Object> m) {
        try {
            List<AnytimePoint> anytime = new ArrayList<>();
            for (Object o : (List<?>) require(m, "anytime")) {
                List<?> pair = (List<?>) o;
                anytime.add(new AnytimePoint(((Number) pair.get(0)).longValue(), number(pair.get(1))));
            }
            Object toOptimum = m.get("queriesToOptimum");
            return new RunRecord((String) require(m, "optimizer"), (String) require(m, "dataset"),
                    ((Number) require(m, "budget")).longValue(), ((Number) require(m, "seed")).longValue(),
                    (String) require(m, "protocol"), number(m.get("resultSearch")), number(m.get("resultReport")),
                    number(m.get("optimumReport")), number(m.get("regret")), (Boolean) require(m, "hit"),
                    ((Number) require(m, "uniqueQueries")).longValue(),
                    toOptimum == null ? null : ((Number) toOptimum).longValue(),
                    ((Number) require(m, "wallMillis")).longValue(), anytime);
        } catch (ClassCastException | IndexOutOfBoundsException | NullPointerException e) {
            throw new IllegalArgumentException("malformed run record: " + e.getMessage(), e);
        }
    }

    private static Object require(Map<String, Object> m, String field) {
        Object v = m.get(field);
        if (v == null) {
            throw new IllegalArgumentException("run record lacks '" + field + "'");
        }
        return v;
    }

    private static double number(Object o) {
        return o == null ? Double.NaN : ((Number) o).doubleValue();
    }
}
