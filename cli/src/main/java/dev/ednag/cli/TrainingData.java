package dev.ednag.cli;

import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.neural.ImageTask;
import dev.ednag.neural.data.DataOptions;
import dev.ednag.neural.data.DataSources;
import dev.ednag.neural.data.DatasetSplits;
import dev.ednag.neural.data.ImageDataset;
import dev.ednag.neural.nb201.Nb201Skeleton;
import dev.ednag.neural.proxy.MiniBatch;
import dev.ednag.neural.proxy.ZeroCostProxy;
import dev.ednag.study.Problem;

/** Resolves the {@code --dataset} and {@code --data} options of a training-free run. */
final class TrainingData {

    /** Images in a data-dependent proxy's mini-batch. */
    static final int PROXY_BATCH = 64;

    private TrainingData() {
    }

    static Problem proxyProblem(ZeroCostProxy proxy, String dataset, String data, Nb201Skeleton skeleton,
            long seed) {
        if (data == null || data.equals("gaussian")) {
            Nb201Dataset ds = InputException.parsing(() -> Nb201Dataset.parse(dataset == null ? "cifar10" : dataset),
                    "--dataset");
            if (proxy.needsData() && data == null) {
                throw new InputException("--fitness " + proxy.name() + " looks at images, and " + ds.id() + " images are"
                        + " not shipped: pass --data gaussian for noise of the right shape, or --data with your images");
            }
            MiniBatch batch = proxy.needsData()
                    ? MiniBatch.gaussian(dev.ednag.neural.nb201.Nb201Tasks.of(ds), PROXY_BATCH, seed) : null;
            return ProxyProblems.onTable(proxy, ds, batch, skeleton, seed);
        }
        if (dataset != null) {
            throw new InputException("--data replaces --dataset: the networks are built for the images' own shape and"
                    + " there is no table to report from");
        }
        DatasetSplits splits = load(data, seed);
        ImageDataset train = splits.train();
        ImageTask task = new ImageTask(train.channels(), train.height(), train.width(), train.classes());
        MiniBatch batch = proxy.needsData() ? MiniBatch.fromTraining(splits, Math.min(PROXY_BATCH, train.size()), seed)
                : null;
        return ProxyProblems.onData(proxy, task, batch, data, skeleton, seed);
    }

    /** The splits of a {@code --data} source, with every problem as one line of bad input. */
    static DatasetSplits load(String data, long seed) {
        return InputException.parsing(() -> DataSources.load(data, DataOptions.defaults().withSeed(seed)), "--data");
    }
}
