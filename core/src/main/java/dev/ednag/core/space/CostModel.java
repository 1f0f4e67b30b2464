package dev.ednag.core.space;

/**
 * Analytic size and compute of the networks a space describes, for spaces without an accuracy
 * table: usable as minimised objectives today and as constraints beside any other evaluator.
 */
public interface CostModel {

    /** Trainable parameters of the network, in millions. */
    double paramsMillions(Architecture architecture);

    /** Multiply-accumulates for one input of {@link #input()}, in millions (the field calls them FLOPs). */
    double flopsMillions(Architecture architecture);

    /** The input and head the counts assume, e.g. {@code 3x224x224 input, 1000 classes}. */
    String input();
}
