/**
 * The optimizers Diffusion Evolution is compared with: CMA-ES, a (μ,λ)-evolution strategy and
 * random search. Each is configured with a population N, a number of generations G and a scale s,
 * starts from N(0, s²) per coordinate like Diffusion Evolution, and spends at most N·G fitness
 * evaluations, the budget Diffusion Evolution spends with population N and G steps.
 */
package dev.ednag.continuous.peers;
