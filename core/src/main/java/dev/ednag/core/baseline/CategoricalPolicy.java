package dev.ednag.core.baseline;

import java.util.random.RandomGenerator;

/**
 * One independent softmax distribution per position over that position's options, starting
 * uniform (all logits 0), trained by REINFORCE with {@link Adam}. Local to one run.
 */
final class CategoricalPolicy {

    private final int[] counts;
    private final int[] offsets; // start of each position's logits in the flat arrays
    private final double[] logits;
    private final double[] gradient;
    private final double[] probabilities; // scratch, one position at a time
    private final Adam adam;

    CategoricalPolicy(int[] counts, double learningRate) {
        this.counts = counts.clone();
        this.offsets = new int[counts.length];
        int total = 0;
        int widest = 0;
        for (int position = 0; position < counts.length; position++) {
            offsets[position] = total;
            total += counts[position];
            widest = Math.max(widest, counts[position]);
        }
        this.logits = new double[total];
        this.gradient = new double[total];
        this.probabilities = new double[widest];
        this.adam = new Adam(total, learningRate);
    }

    /** One option per position, drawn independently from the current policy. */
    int[] sample(RandomGenerator random) {
        int[] choices = new int[counts.length];
        for (int position = 0; position < counts.length; position++) {
            softmax(position);
            double u = random.nextDouble();
            int option = 0;
            double cumulative = probabilities[0];
            while (option < counts[position] - 1 && u >= cumulative) {
                option++;
                cumulative += probabilities[option];
            }
            choices[position] = option;
        }
        return choices;
    }

    /** The probability that {@code position} takes {@code option}. */
    double probability(int position, int option) {
        softmax(position);
        return probabilities[option];
    }

    /**
     * One ascent step on {@code advantage · log π(choices)}: the gradient for option c at position p
     * is {@code advantage · ([c = choices[p]] − π_p(c))}.
     */
    void reinforce(int[] choices, double advantage) {
        for (int position = 0; position < counts.length; position++) {
            softmax(position);
            int start = offsets[position];
            for (int option = 0; option < counts[position]; option++) {
                double chosen = option == choices[position] ? 1 : 0;
                gradient[start + option] = advantage * (chosen - probabilities[option]);
            }
        }
        adam.ascend(logits, gradient);
    }

    private void softmax(int position) {
        int start = offsets[position];
        int n = counts[position];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, logits[start + i]);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            probabilities[i] = Math.exp(logits[start + i] - max); // shifted by the max so exp cannot overflow
            sum += probabilities[i];
        }
        for (int i = 0; i < n; i++) {
            probabilities[i] /= sum;
        }
    }
}
