package dev.ednag.core.diffusion;

/**
 * One denoising iteration: iteration {@code k = 0..N-2} uses {@code t = N-1-k} and the pair
 * {@code (alpha, alphaPrev) = (α[t], α[t-1])}.
 */
public record DenoisingStep(int iteration, int t, double alpha, double alphaPrev) {}
