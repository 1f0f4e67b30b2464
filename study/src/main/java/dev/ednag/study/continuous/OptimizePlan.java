package dev.ednag.study.continuous;

import dev.ednag.continuous.ContinuousMethods;
import dev.ednag.continuous.ContinuousOptimizer;
import dev.ednag.continuous.DiffusionEvolution;
import dev.ednag.continuous.problems.ContinuousProblem;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ednag optimize} runs: every method on one problem, on the budget of one Diffusion
 * Evolution configuration, over a list of seeds.
 *
 * @param problem     the problem
 * @param temperature the energy wrapper's temperature the problem was built with
 * @param de          the Diffusion Evolution settings: its population, steps and scaling set every
 *                    method's budget and start
 * @param latentDim   the projected dimension of {@code latent-de}
 * @param methods     method names, in report order
 * @param seeds       the seeds, one run per method each
 * @param radius      how near a member must be to count a known optimum as found
 */
public record OptimizePlan(ContinuousProblem problem, double temperature, DiffusionEvolution de, int latentDim,
        List<String> methods, List<Long> seeds, double radius) {

    public OptimizePlan {
        methods = List.copyOf(methods);
        seeds = List.copyOf(seeds);
        if (methods.isEmpty() || seeds.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one method and one seed");
        }
        if (new HashSet<>(methods).size() != methods.size()) {
            throw new IllegalArgumentException("a method is named twice in " + methods);
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("a seed is listed twice");
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the radius must be positive, got " + radius);
        }
        for (String m : methods) {
            ContinuousMethods.create(m, de, latentDim); // rejects unknown names early
        }
    }

    /** The optimizer a method name stands for, on this plan's budget. */
    public ContinuousOptimizer optimizer(String method) {
        return ContinuousMethods.create(method, de, latentDim);
    }

    /** Every setting that influences a result, for the manifest and to check a resumed study. */
    public Map<String, Object> configuration() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("function", problem.name());
        c.put("dim", problem.dim());
        c.put("description", problem.description());
        c.put("temperature", temperature);
        c.put("radius", radius);
        c.put("seeds", seeds);
        Map<String, Object> m = new LinkedHashMap<>();
        for (String method : methods) {
            m.put(method, optimizer(method).configuration());
        }
        c.put("methods", m);
        return c;
    }
}
