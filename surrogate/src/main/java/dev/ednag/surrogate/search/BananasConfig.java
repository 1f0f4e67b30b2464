package dev.ednag.surrogate.search;

import dev.ednag.core.baseline.RunLimits;
import dev.ednag.surrogate.model.MlpEnsemble;
import dev.ednag.surrogate.model.Surrogate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link Bananas}. The defaults are the published loop (White et al. 2021; NASLib's
 * {@code num_init: 10}, {@code k: 10}, {@code num_candidates: 100}, {@code num_arches_to_mutate: 2}).
 *
 * @param initial    random architectures evaluated before the first fit
 * @param candidates mutation candidates scored per round
 * @param perRound   candidates evaluated per round, the best by Thompson sampling
 * @param parents    best evaluated architectures the candidates are mutated from
 * @param maxEdits   one-position changes per mutation, drawn uniformly from 1..maxEdits
 * @param encoding   the feature encoding's name ({@code path}, {@code onehot}, …)
 * @param surrogate  the predictor refitted every round
 * @param limits     when a run without a budget ends
 */
public record BananasConfig(int initial, int candidates, int perRound, int parents, int maxEdits, String encoding,
        Surrogate surrogate, RunLimits limits) {

    public BananasConfig {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(surrogate, "surrogate");
        Objects.requireNonNull(limits, "limits");
        if (initial < 1 || candidates < 1 || perRound < 1 || perRound > candidates || parents < 1 || maxEdits < 1) {
            throw new IllegalArgumentException("BANANAS needs initial ≥ 1, candidates ≥ 1, 1 ≤ per round ≤ candidates,"
                    + " parents ≥ 1 and edits ≥ 1; got " + initial + ", " + candidates + ", " + perRound + ", " + parents
                    + ", " + maxEdits);
        }
    }

    /** The published settings with the path encoding and BANANAS' MLP ensemble. */
    public static BananasConfig defaults() {
        return withEncoding("path");
    }

    /** The published settings on another encoding. */
    public static BananasConfig withEncoding(String encoding) {
        return new BananasConfig(10, 100, 10, 2, 2, encoding, MlpEnsemble.bananas(), RunLimits.defaults());
    }

    /** The settings in a stable order, for manifests. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("initial", initial);
        m.put("candidates", candidates);
        m.put("perRound", perRound);
        m.put("parents", parents);
        m.put("maxEdits", maxEdits);
        m.put("acquisition", "independent Thompson sampling");
        m.put("encoding", encoding);
        m.put("surrogate", surrogate.name());
        m.put("surrogateConfiguration", surrogate.configuration());
        m.put("maxEvaluations", limits.maxEvaluations());
        return m;
    }
}
