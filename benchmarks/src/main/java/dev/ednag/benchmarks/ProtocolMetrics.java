package dev.ednag.benchmarks;

import java.util.Objects;

/** The search metric (what the optimizer sees) and the report metric of a run under a protocol. */
public record ProtocolMetrics(Protocol protocol, Metric search, Metric report) {

    public ProtocolMetrics {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(report, "report");
    }
}
