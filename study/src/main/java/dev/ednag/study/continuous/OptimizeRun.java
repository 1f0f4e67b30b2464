package dev.ednag.study.continuous;

import java.util.OptionalInt;

/**
 * One run of one method on one continuous problem: the reference's two scores and the optima the
 * final population holds.
 *
 * @param method       the optimizer's name
 * @param function     the problem's name
 * @param dim          its dimension
 * @param seed         the run's seed
 * @param evaluations  fitness evaluations the run spent
 * @param top64Fitness the mean ranking fitness of the best 64 members
 * @param top64Entropy the grid entropy of their positions, bits
 * @param optimaFound  known optima with a member within the radius; empty where none are listed
 * @param optimaHeld   known optima with at least 5 members within 0.5 (the spec's mode coverage);
 *                     empty where none are listed
 * @param bestFitness  the best ranking fitness
 * @param wallMillis   the run's wall time
 */
public record OptimizeRun(String method, String function, int dim, long seed, long evaluations,
        double top64Fitness, double top64Entropy, OptionalInt optimaFound, OptionalInt optimaHeld, double bestFitness, long wallMillis) {}
