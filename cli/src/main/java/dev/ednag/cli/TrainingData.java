package dev.ednag.cli;

import dev.ednag.benchmarks.nb201.Nb201Dataset;
import dev.ednag.neural.proxy.MiniBatch;
import dev.ednag.neural.proxy.ZeroCostProxy;
import dev.ednag.study.Problem;

/** Resolves the {@code --dataset} and {@code --data} options of a training-free run. */
final class TrainingData {

    /** Images in a data-dependent proxy's mini-batch. */
    static final int PROXY_BATCH = 64;

    private TrainingData() {
    }

    static Problem proxyProblem(ZeroCostProxy proxy, String dataset, String data, long seed) {
        if (data == null || data.equals("gaussian")) {
            Nb201Dataset ds = InputException.parsing(() -> Nb201Dataset.parse(dataset == null ? "cifar10" : dataset),
                    "--dataset");
            if (proxy.needsData() && data == null) {
                throw new InputException("--fitness " + proxy.name() + " looks at images, and " + ds.id() + " images are"
                        + " not shipped: pass --data gaussian for noise of the right shape, or --data with your images");
            }
            MiniBatch batch = proxy.needsData()
                    ? MiniBatch.gaussian(dev.ednag.neural.nb201.Nb201Tasks.of(ds), PROXY_BATCH, seed) : null;
            return ProxyProblems.onTable(proxy, ds, batch, seed);
        }
        throw new InputException("--data '" + data + "': image data is not wired yet");
    }
}
