package dev.ednag.study.continuous;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The {@code runs.csv} of {@code ednag optimize}: one row per method and seed. */
public final class OptimizeRunsCsv {

    public static final String HEADER =
            "method,function,dim,seed,evaluations,top64_fitness,top64_entropy,optima_found,optima_held,best_fitness,wall_ms";

    private OptimizeRunsCsv() {}

    /** One row, without a line break; an unlisted optima count is an empty field. */
    public static String row(OptimizeRun r) {
        return String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%.17g,%.17g,%s,%s,%.17g,%d", r.method(), r.function(), r.dim(),
                r.seed(), r.evaluations(), r.top64Fitness(), r.top64Entropy(),
                count(r.optimaFound()), count(r.optimaHeld()), r.bestFitness(), r.wallMillis());
    }

    private static String count(OptionalInt n) {
        return n.isPresent() ? Integer.toString(n.getAsInt()) : "";
    }

    /**
     * The runs in a file's text. A last line without its line break was cut short by a crash and is
     * skipped, so that a study can resume from whatever it managed to write.
     *
     * @throws IllegalArgumentException if the header differs or a complete line is malformed
     */
    public static List<OptimizeRun> parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
            throw new IllegalArgumentException("runs.csv does not start with the header " + HEADER);
        }
        List<OptimizeRun> runs = new ArrayList<>();
        // Split with -1 keeps the text after the last break: empty for a complete file.
        int complete = lines.length - 1;
        for (int i = 1; i < complete; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                runs.add(parseRow(line));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("runs.csv line " + (i + 1) + " is malformed: " + line, e);
            }
        }
        return runs;
    }

    private static OptimizeRun parseRow(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 11) {
            throw new IllegalArgumentException(f.length + " fields instead of 11");
        }
        return new OptimizeRun(f[0], f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                Double.parseDouble(f[5]), Double.parseDouble(f[6]), count(f[7]), count(f[8]),
                Double.parseDouble(f[9]), Long.parseLong(f[10]));
    }

    private static OptionalInt count(String field) {
        return field.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(field));
    }
}
