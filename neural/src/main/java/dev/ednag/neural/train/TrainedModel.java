package dev.ednag.neural.train;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.ParameterList;
import dev.ednag.core.json.Json;
import dev.ednag.core.json.JsonParseException;
import dev.ednag.neural.data.Normalisation;
import dev.ednag.neural.engine.NeuralEngine;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A trained network read back from the folder {@link TrainingArtifacts} wrote: the block rebuilt by
 * the caller's factory from {@value TrainingArtifacts#ARCHITECTURE} and filled with
 * {@value TrainingArtifacts#PARAMETERS}, together with what is needed to feed it images.
 *
 * @param architecture  the whole of {@value TrainingArtifacts#ARCHITECTURE}
 * @param inputShape    channels, height, width
 * @param normalisation to apply to images before the block sees them
 */
public record TrainedModel(Block block, Map<String, Object> architecture, Shape inputShape, List<String> classNames,
        Normalisation normalisation) {

    /**
     * Reads a trained network.
     *
     * @param manager      owns the loaded parameters; closing it frees them
     * @param blockFactory builds an uninitialised block of the same structure from the architecture map
     * @throws IllegalArgumentException when a file is missing or malformed, or the parameters do not fit the block
     */
    public static TrainedModel load(Path folder, NDManager manager, Function<Map<String, Object>, Block> blockFactory)
            throws IOException {
        NeuralEngine.get();
        Map<String, Object> architecture = readArchitecture(folder.resolve(TrainingArtifacts.ARCHITECTURE));
        Shape inputShape = new Shape(longs(architecture, "inputShape"));
        List<String> classNames = strings(architecture, "classNames");
        if (!(architecture.get("normalisation") instanceof Map<?, ?> normalisation)) {
            throw new IllegalArgumentException(folder.resolve(TrainingArtifacts.ARCHITECTURE) + " has no normalisation");
        }
        @SuppressWarnings("unchecked")
        Normalisation normaliser = Normalisation.fromMap((Map<String, Object>) normalisation);
        Block block = Objects.requireNonNull(blockFactory.apply(architecture), "the block factory returned null");
        Path parameters = folder.resolve(TrainingArtifacts.PARAMETERS);
        if (!Files.isRegularFile(parameters)) {
            throw new IllegalArgumentException("no " + TrainingArtifacts.PARAMETERS + " in " + folder);
        }
        List<Shape> expected = parameterShapes(block, inputShape, manager);
        try (InputStream file = Files.newInputStream(parameters);
                DataInputStream in = new DataInputStream(new BufferedInputStream(file))) {
            block.loadParameters(manager, in);
        } catch (MalformedModelException | RuntimeException e) {
            throw new IllegalArgumentException(parameters + " does not fit the block built from "
                    + TrainingArtifacts.ARCHITECTURE + ": " + e.getMessage(), e);
        }
        checkShapes(block, expected, parameters);
        return new TrainedModel(block, architecture, inputShape, classNames, normaliser);
    }

    /**
     * The shapes the block's parameters take for this input, found by initialising it in a manager
     * closed at once: DJL's loader takes whatever shapes the file holds, so a factory that builds a
     * different network would otherwise load without complaint.
     */
    private static List<Shape> parameterShapes(Block block, Shape inputShape, NDManager manager) {
        List<Shape> shapes = new ArrayList<>();
        try (NDManager probe = manager.newSubManager()) {
            long[] batchOfOne = new long[inputShape.dimension() + 1];
            batchOfOne[0] = 1;
            System.arraycopy(inputShape.getShape(), 0, batchOfOne, 1, inputShape.dimension());
            block.initialize(probe, DataType.FLOAT32, new Shape(batchOfOne));
            block.getParameters().values().forEach(parameter -> shapes.add(parameter.getArray().getShape()));
        }
        return shapes;
    }

    private static void checkShapes(Block block, List<Shape> expected, Path parameters) {
        ParameterList loaded = block.getParameters();
        for (int i = 0; i < loaded.size(); i++) {
            Shape actual = loaded.valueAt(i).getArray().getShape();
            if (!actual.equals(expected.get(i))) {
                throw new IllegalArgumentException(parameters + " does not fit the block built from "
                        + TrainingArtifacts.ARCHITECTURE + ": parameter " + loaded.keyAt(i) + " has shape " + actual
                        + " in the file but " + expected.get(i) + " in the block");
            }
        }
    }

    private static Map<String, Object> readArchitecture(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no " + TrainingArtifacts.ARCHITECTURE + " in " + file.getParent());
        }
        try {
            return Json.parseObject(Files.readString(file));
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static long[] longs(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof Long))) {
            throw new IllegalArgumentException(TrainingArtifacts.ARCHITECTURE + " needs '" + key + "' as a list of integers");
        }
        return list.stream().mapToLong(v -> (Long) v).toArray();
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
            throw new IllegalArgumentException(TrainingArtifacts.ARCHITECTURE + " needs '" + key + "' as a list of strings");
        }
        List<String> strings = new ArrayList<>();
        list.forEach(v -> strings.add((String) v));
        return List.copyOf(strings);
    }
}
