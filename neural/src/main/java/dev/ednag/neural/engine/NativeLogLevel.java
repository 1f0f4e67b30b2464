package dev.ednag.neural.engine;

import ai.djl.pytorch.jni.LibUtils;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The minimum level of PyTorch's own C++ log (c10's {@code FLAGS_caffe2_log_level}). Without
 * Python nothing reads {@code TORCH_CPP_LOG_LEVEL}, so libtorch logs warnings to stderr, such as
 * the deprecation warning DJL's JNI layer triggers on the first operation. ednag sets the level to
 * errors right after the library loads and before any operation runs; a user's
 * {@code TORCH_CPP_LOG_LEVEL} (INFO, WARNING, ERROR, FATAL or 0–3) is applied instead when set.
 */
final class NativeLogLevel {

    static final String ENVIRONMENT = "TORCH_CPP_LOG_LEVEL";
    static final String FLAG = "FLAGS_caffe2_log_level";

    /** c10's severities. */
    static final int WARNING = 1;
    static final int ERROR = 2;

    private NativeLogLevel() {
    }

    /** The level to use: the user's {@code TORCH_CPP_LOG_LEVEL} when it parses, else errors only. */
    static int wanted(String environment) {
        if (environment == null) {
            return ERROR;
        }
        return switch (environment.strip().toUpperCase(Locale.ROOT)) {
            case "0", "INFO" -> 0;
            case "1", "WARNING" -> WARNING;
            case "2", "ERROR" -> ERROR;
            case "3", "FATAL" -> 3;
            default -> ERROR;
        };
    }

    /**
     * Sets the level in the loaded c10 library. Best effort: a build without the flag, or a platform
     * where the library cannot be found, keeps PyTorch's default and loses only quiet.
     *
     * @return whether the level was set
     */
    static boolean apply() {
        try {
            Optional<Path> c10 = c10Library(Path.of(LibUtils.getLibtorchPath()));
            if (c10.isEmpty()) {
                return false;
            }
            NativeLibrary library = NativeLibrary.getInstance(c10.get().toString());
            library.getGlobalVariableAddress(FLAG).setInt(0, wanted(System.getenv(ENVIRONMENT)));
            return true;
        } catch (RuntimeException | LinkageError | IOException e) {
            return false;
        }
    }

    /** {@code libc10.so}, {@code libc10.dylib} or {@code c10.dll} in the folder libtorch was loaded from. */
    static Optional<Path> c10Library(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("(lib)?c10\\.(so|dylib|dll)")).findFirst();
        }
    }
}
