package dev.ednag.core.optimizer;

/** Receives one record per completed iteration, on the optimizer's thread. */
@FunctionalInterface
public interface StepListener {

    StepListener NONE = record -> {};

    void onStep(StepRecord record);
}
