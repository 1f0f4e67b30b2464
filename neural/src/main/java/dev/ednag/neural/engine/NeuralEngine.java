package dev.ednag.neural.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * The PyTorch engine, configured before its first use: offline (a missing native library fails
 * at once instead of trying to download one) and one intra-op and one inter-op thread, because
 * ednag parallelises across architectures and native threads on top oversubscribe small machines;
 * and PyTorch's own C++ log set to errors ({@link NativeLogLevel}), so a run shows only ednag's
 * lines. A user's own {@code -D} settings and {@code TORCH_CPP_LOG_LEVEL} win.
 */
public final class NeuralEngine {

    private static final String[][] DEFAULTS = {
        {"ai.djl.offline", "true"},
        {"ai.djl.pytorch.num_threads", "1"},
        {"ai.djl.pytorch.num_interop_threads", "1"},
    };

    private static boolean logLevelSet;

    private NeuralEngine() {
    }

    /** The engine, loading its native library on first call (a few seconds, once per machine longer). */
    public static synchronized Engine get() {
        for (String[] setting : DEFAULTS) {
            if (System.getProperty(setting[0]) == null) {
                System.setProperty(setting[0], setting[1]);
            }
        }
        try {
            Engine engine = Engine.getEngine("PyTorch");
            if (!logLevelSet) {
                logLevelSet = true;
                NativeLogLevel.apply();
            }
            return engine;
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot start the PyTorch engine (DJL " + Engine.getDjlVersion()
                    + ", offline): " + e.getMessage(), e);
        }
    }

    /** A new root manager of the PyTorch engine; close it to free its arrays. */
    public static NDManager newManager() {
        return get().newBaseManager();
    }
}
