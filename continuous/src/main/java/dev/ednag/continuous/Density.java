package dev.ednag.continuous;

/** The density p(x_t) the x̂0 estimate divides by (spec §9.1). */
public enum Density {
    /** p_j = 1/N for every point, the reference's default; it cancels except against the ε floor. */
    UNIFORM,
    /**
     * The legacy kernel density estimate with bandwidth 0.1, measured where the kernel is (the
     * latent codes for latent Diffusion Evolution): crowded points count for less.
     */
    KDE
}
