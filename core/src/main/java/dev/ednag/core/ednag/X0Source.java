package dev.ednag.core.ednag;

/** The candidates the Bayesian x̂0 estimate averages over (spec §2.1). */
public enum X0Source {

    /** The current population, as in the reference: each step forgets what earlier steps evaluated. */
    POPULATION,

    /**
     * Every architecture evaluated so far, as its clean one-hot genome with its fitness: the
     * estimate then draws on all the run has paid for, at no extra evaluation.
     */
    ARCHIVE
}
