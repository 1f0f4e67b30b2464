package dev.ednag.cli;

import dev.ednag.core.io.FolderBusyException;
import dev.ednag.study.Versions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code ednag} command. */
@Command(name = "ednag",
        mixinStandardHelpOptions = true,
        versionProvider = EdnagCommand.VersionProvider.class,
        description = {
            "Generates neural architectures with EDNAG: evolutionary diffusion-based neural architecture "
                + "generation. A population of architecture encodings starts as Gaussian noise and is denoised "
                + "step by step, each step pulled toward a fitness-weighted estimate of the optimum, then "
                + "mutated and selected. No score network, no training of a generator.",
            ""},
        footer = {"", "Run 'ednag generate --help' for the options of the main job."})
public final class EdnagCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The subcommands by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("generate", GenerateCommand::new);
        SUBCOMMANDS.put("study", StudyCommand::new);
        SUBCOMMANDS.put("optimize", OptimizeCommand::new);
        SUBCOMMANDS.put("spaces", SpacesCommand::new);
        SUBCOMMANDS.put("proxies", ProxiesCommand::new);
        SUBCOMMANDS.put("predictors", PredictorsCommand::new);
        SUBCOMMANDS.put("embed", EmbedCommand::new);
        SUBCOMMANDS.put("train", TrainCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /**
     * A command line with ednag's error conventions (one line per error, exit code 2 for bad input)
     * for {@code args}. When the first argument names a subcommand other than {@code help}, only that
     * subcommand is built: picocli reflects over every option of every command it is given, which
     * cost about 0.1 s of each start-up with all nine.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new EdnagCommand());
        String first = args.length == 0 ? "" : args[0];
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cl.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.get()));
        }
        cl.setParameterExceptionHandler((ex, ignoredArgs) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("ednag: " + ex.getMessage() + " (see '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InputException || ex instanceof FolderBusyException) {
                err.println("ednag: " + ex.getMessage());
                err.flush();
                return 2;
            }
            IOException io = ex instanceof IOException e ? e
                    : ex instanceof UncheckedIOException u ? u.getCause() : null;
            if (io != null) { // an unwritable, full or vanished output folder: the user's to fix, not ours
                err.println("ednag: cannot write the output: " + OutputErrors.describe(io));
                err.flush();
                return 2;
            }
            err.println("ednag: internal error: " + ex);
            ex.printStackTrace(err);
            err.flush();
            return 1;
        });
        return cl;
    }

    /** Reports the version recorded in the jar. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ednag " + Versions.ednag() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
