package dev.ednag.study.report;

import java.util.Objects;

/**
 * An optimizer as the study ran it.
 *
 * @param name        study name, as in {@code RunRecord.optimizer()}
 * @param description its configuration in one line
 */
public record OptimizerSetup(String name, String description) {

    public OptimizerSetup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
