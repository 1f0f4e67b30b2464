package dev.ednag.study;

/** Which run of a study: one optimizer on one dataset with one budget and one seed. */
public record RunKey(String optimizer, String dataset, long budget, long seed) {

    @Override
    public String toString() {
        return optimizer + " on " + dataset + ", budget " + budget + ", seed " + seed;
    }
}
