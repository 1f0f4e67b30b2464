package dev.ednag.cli;

import dev.ednag.core.io.FolderBusyException;
import dev.ednag.study.Versions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
        subcommands = {GenerateCommand.class, StudyCommand.class, OptimizeCommand.class, SpacesCommand.class,
            ProxiesCommand.class, PredictorsCommand.class, EmbedCommand.class, TrainCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'ednag generate --help' for the options of the main job."})
public final class EdnagCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with ednag's error conventions: one line per error, exit code 2 for bad input. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EdnagCommand());
        cl.setParameterExceptionHandler((ex, args) -> {
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
