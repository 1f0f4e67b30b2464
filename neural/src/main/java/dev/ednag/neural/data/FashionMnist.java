package dev.ednag.neural.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Where Fashion-MNIST (Xiao, Rasul and Vollgraf, 2017) lives and what its classes are called. The
 * Debian package {@code dataset-fashion-mnist} installs its four IDX files into {@link #FOLDER};
 * {@link #FOLDER_VARIABLE} points elsewhere.
 */
public final class FashionMnist {

    /** The name that selects this data set as a data argument. */
    public static final String NAME = "fashion-mnist";
    /** Where the Debian package puts the files. */
    public static final Path FOLDER = Path.of("/usr/share/datasets/fashion-mnist");
    /** Environment variable naming another folder with the four files. */
    public static final String FOLDER_VARIABLE = "EDNAG_FASHION_MNIST";
    public static final String INSTALL_HINT = "install it with 'sudo apt-get install dataset-fashion-mnist' or set "
            + FOLDER_VARIABLE + " to a folder with the four IDX files";
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private FashionMnist() {
    }
}
