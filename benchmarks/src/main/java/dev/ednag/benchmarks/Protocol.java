package dev.ednag.benchmarks;

import java.util.Locale;

/**
 * Which metric an optimizer may select on, and which one results are reported on
 * (see the project's protocol notes). Every reported number states its protocol.
 */
public enum Protocol {
    /** The EDNAG paper's protocol: fitness is the benchmark's test metric. */
    ORACLE("oracle", "fitness = the benchmark's test metric, as in the EDNAG paper (not a generalisation result)"),
    /** The field's standard: fitness is a validation metric, test is only reported. */
    BLACKBOX("blackbox", "fitness = a validation metric; the test metric is only reported");

    private final String id;
    private final String description;

    Protocol(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used on the command line and in manifests. */
    public String id() {
        return id;
    }

    /** One line for humans. */
    public String description() {
        return description;
    }

    /**
     * The protocol called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the input and the valid names
     */
    public static Protocol parse(String name) {
        if (name != null) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            for (Protocol protocol : values()) {
                if (protocol.id.equals(wanted)) {
                    return protocol;
                }
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + name + "'; known: oracle, blackbox");
    }
}
