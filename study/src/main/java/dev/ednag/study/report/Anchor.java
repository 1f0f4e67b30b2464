package dev.ednag.study.report;

import java.util.Objects;

/**
 * A number to compare a study against that was not produced by the study itself: a published
 * result, or an exact computation on the table.
 *
 * @param dataset  dataset name as in {@code RunRecord.dataset()}
 * @param budget   the unique-query budget the number belongs to; 0 when it does not match a budget
 *                 (a whole run of another method, say)
 * @param method   what produced it, e.g. {@code random search (exact expectation)}
 * @param value    the number as its source gives it, e.g. {@code 93.70 ± 0.36 (mean ± sd)}
 * @param protocol {@code oracle} or {@code blackbox}, to be set against the study's protocol
 * @param setting  how it was obtained: search metric, budget, runs
 * @param source   where it comes from
 */
public record Anchor(String dataset, long budget, String method, String value, String protocol, String setting,
        String source) {

    public Anchor {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(source, "source");
        if (budget < 0) {
            throw new IllegalArgumentException("budget must be >= 0, got " + budget);
        }
    }
}
