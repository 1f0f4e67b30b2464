package dev.ednag.cli;

import dev.ednag.core.io.AtomicFiles;
import dev.ednag.core.space.SearchSpace;
import dev.ednag.neural.embed.Arch2VecConfig;
import dev.ednag.neural.embed.Arch2VecTrainer;
import dev.ednag.spaces.SearchSpaces;
import dev.ednag.surrogate.encoding.Arch2VecEncoding;
import dev.ednag.surrogate.encoding.CellGraph;
import dev.ednag.surrogate.encoding.EmbeddingTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ednag embed}: trains the arch2vec embedding of a cell space, the table GNE-NAS searches in. */
@Command(name = "embed",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Trains an arch2vec graph autoencoder (Yan et al., NeurIPS 2020) without labels on every cell of a "
                + "space and writes each cell's embedding, the mean of its nodes' latent means, as a table.",
            "",
            "ednag ships these tables for nb201 and tnb101-micro (the 'arch2vec' encoding, which gne-nas "
                + "searches in); this command regenerates them. Runs never train an embedding themselves, so "
                + "their results do not depend on this command's speed or on the machine it ran on.",
            ""},
        footer = {"",
            "Example: ednag embed --space nb201 --out arch2vec-nb201.emb.gz",
            "Training takes about a minute on one core (PyTorch through DJL, one thread).",
            "",
            "Exit codes: 0 done, 2 bad input (nothing written), 1 internal error."})
final class EmbedCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Option(names = "--space", paramLabel = "NAME", defaultValue = "nb201",
            description = "A 4-node cell space: nb201 or tnb101-micro (default: ${DEFAULT-VALUE}).")
    String space;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Passes over every cell (default: 10 for nb201, 40 for tnb101-micro, the shipped tables'"
                + " settings: about 4,900 and 5,100 steps).")
    Integer epochs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The table to write (gzip).")
    Path out;

    @Override
    public Integer call() throws IOException {
        SearchSpace searchSpace = InputException.parsing(() -> SearchSpaces.get(space), "--space");
        CellGraph graph = InputException.parsing(() -> CellGraph.of(searchSpace), "--space");
        int passes = epochs != null ? epochs : shippedEpochs(searchSpace);
        if (passes < 1) {
            throw new InputException("--epochs must be at least 1, got " + passes);
        }
        Arch2VecConfig config = Arch2VecConfig.defaults().withEpochs(passes).withSeed(seed);
        PrintWriter err = command.commandLine().getErr();
        Arch2VecTrainer.Result result = new Arch2VecTrainer(config).train(graph, epoch -> {
            err.printf(Locale.ROOT, "epoch %d/%d%n", epoch, passes);
            err.flush();
        });
        EmbeddingTable table = result.table();
        AtomicFiles.writeWith(out, path -> {
            try (var stream = Files.newOutputStream(path)) {
                table.write(stream);
            }
        });
        PrintWriter stdout = command.commandLine().getOut();
        double[] losses = result.epochLosses();
        stdout.printf(Locale.ROOT, "%s: %d cells x %d, loss %.4f -> %.4f, node types reconstructed %.2f%%,"
                + " adjacency %.2f%%, %.1f s%nwrote %s (ship it as %s)%n", searchSpace.name(), table.rows(),
                table.dimension(), losses[0], losses[losses.length - 1], 100 * result.typeAccuracy(),
                100 * result.adjacencyAccuracy(), result.seconds(), out,
                EmbeddingTable.resourceName(Arch2VecEncoding.NAME, searchSpace.name()));
        return 0;
    }

    /** The epochs of the shipped table: about 5,000 steps of 32 cells whatever the space's size. */
    static int shippedEpochs(SearchSpace space) {
        return space.size() > 10_000 ? 10 : 40;
    }
}
