package dev.ednag.neural;

import ai.djl.nn.Block;
import dev.ednag.core.space.Architecture;

/**
 * Turns an architecture of some search space into an uninitialised DJL network for a task. The
 * seam between search spaces and everything that needs real networks: proxies, training, costs.
 */
public interface NetworkBuilder {

    /** The search space whose architectures this builds. */
    String space();

    /**
     * The network for {@code architecture} on {@code task}, mapping an N×C×H×W batch to N×classes
     * logits. Without batch norm (synflow's convention) the normalisation layers are left out.
     *
     * @throws IllegalArgumentException when the architecture is not of this builder's space
     */
    Block build(Architecture architecture, ImageTask task, boolean batchNorm);

    /** A short description of the skeleton's settings, for manifests. */
    java.util.Map<String, Object> describe();
}
