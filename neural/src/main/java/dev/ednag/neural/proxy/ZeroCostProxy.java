package dev.ednag.neural.proxy;

import dev.ednag.core.space.Architecture;

/**
 * A score of an untrained network that is meant to rank architectures as their trained accuracy
 * would (Abdelfattah et al., ICLR 2021). Larger is better for every proxy here. Implementations
 * are stateless and thread-safe; the score depends only on the architecture, the context and the
 * seed of the initial weights.
 */
public interface ZeroCostProxy {

    /** The name used on the command line and in outputs, e.g. {@code synflow}. */
    String name();

    /** Whether the proxy needs a mini-batch of images; synflow, params and FLOPs do not. */
    boolean needsData();

    /** The raw score; NaN where the proxy is undefined for this network. */
    double score(Architecture architecture, ProxyContext context, long seed);

    /**
     * The score on the scale an optimizer should search on. Proxies whose raw values span many
     * orders of magnitude (synflow) return a logarithm; the others return the raw score.
     */
    default double searchValue(double raw) {
        return raw;
    }

    /** The name of {@link #searchValue}'s scale, e.g. {@code log10_synflow}. */
    default String searchName() {
        return name();
    }
}
