package dev.ednag.neural.nb201;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.ednag.spaces.nb201.Nb201Cell;
import dev.ednag.spaces.nb201.Nb201Op;

/**
 * One NAS-Bench-201 cell as a network block: node 0 is the input, each later node the sum of its
 * incoming edges' ops, node 3 the output. Every op keeps the channel count and the resolution.
 * {@code none} contributes nothing (a node with only {@code none} inputs is zero), {@code skip_connect}
 * passes its input on.
 */
final class Nb201CellBlock extends AbstractBlock {

    private static final int[] SOURCE = {0, 0, 1, 0, 1, 2};
    private static final int[] TARGET = {1, 2, 2, 3, 3, 3};

    private final Nb201Op[] ops = new Nb201Op[Nb201Cell.EDGES];
    private final Block[] edges = new Block[Nb201Cell.EDGES];

    Nb201CellBlock(Nb201Cell cell, int channels, boolean batchNorm) {
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            ops[e] = cell.op(e);
            String name = "edge" + SOURCE[e] + "to" + TARGET[e];
            edges[e] = switch (ops[e]) {
                case NOR_CONV_1X1 -> addChildBlock(name, ReluConvBn.of(channels, 1, 1, 0, batchNorm));
                case NOR_CONV_3X3 -> addChildBlock(name, ReluConvBn.of(channels, 3, 1, 1, batchNorm));
                case AVG_POOL_3X3 -> addChildBlock(name, new AveragePool3x3());
                case NONE, SKIP_CONNECT -> null;
            };
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray[] nodes = new NDArray[4];
        nodes[0] = inputs.singletonOrThrow();
        for (int e = 0; e < Nb201Cell.EDGES; e++) {
            NDArray in = nodes[SOURCE[e]];
            NDArray out = switch (ops[e]) {
                case NONE -> null;
                case SKIP_CONNECT -> in;
                default -> edges[e].forward(store, new NDList(in), training, params).singletonOrThrow();
            };
            if (out != null) {
                nodes[TARGET[e]] = nodes[TARGET[e]] == null ? out : nodes[TARGET[e]].add(out);
            }
            if (e + 1 == Nb201Cell.EDGES || TARGET[e + 1] != TARGET[e]) {
                if (nodes[TARGET[e]] == null) {
                    nodes[TARGET[e]] = nodes[0].zerosLike();
                }
            }
        }
        return new NDList(nodes[3]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return inputShapes;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (Block edge : edges) {
            if (edge != null) {
                edge.initialize(manager, dataType, inputShapes);
            }
        }
    }
}
