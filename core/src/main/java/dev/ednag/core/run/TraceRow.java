package dev.ednag.core.run;

import dev.ednag.core.optimizer.StepRecord;

/**
 * One line of a run's trace: the optimizer's own step record plus what the evaluator stack saw up
 * to the end of that step.
 *
 * @param step                the optimizer's record
 * @param uniqueArchitectures distinct architectures evaluated so far
 * @param lookups             architecture look-ups so far, repeats included
 * @param bestSearch          best search value among everything evaluated so far
 */
public record TraceRow(StepRecord step, long uniqueArchitectures, long lookups, double bestSearch) {}
