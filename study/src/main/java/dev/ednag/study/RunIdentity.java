package dev.ednag.study;

import dev.ednag.core.io.Sha256;
import dev.ednag.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What makes two runs the same run: problem, data, protocol, optimizer configuration, seed and
 * budget — not the output location, thread count or display. Its hash names the run in journals
 * and study logs, so a changed configuration never replays an old result.
 */
public final class RunIdentity {

    private RunIdentity() {}

    public static Map<String, Object> of(RunContext ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("space", ctx.space());
        m.put("benchmark", ctx.benchmark());
        m.put("dataset", ctx.dataset());
        m.put("protocol", ctx.protocol());
        m.put("searchMetric", ctx.searchMetric());
        m.put("reportMetric", ctx.reportMetric());
        m.put("dataFiles", ctx.dataFiles());
        m.put("optimizer", ctx.optimizer());
        m.put("configuration", ctx.configuration());
        m.put("seed", ctx.seed());
        m.put("budget", ctx.budget());
        // Only where scores are computed rather than looked up, so table runs keep their identity.
        if (!ctx.evaluator().isEmpty()) {
            m.put("evaluator", ctx.evaluator());
        }
        return m;
    }

    /** SHA-256 (hex) of the identity's JSON form. */
    public static String hash(Map<String, Object> identity) {
        return Sha256.hex(Json.write(identity).getBytes(StandardCharsets.UTF_8));
    }
}
