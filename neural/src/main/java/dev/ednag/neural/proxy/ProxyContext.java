package dev.ednag.neural.proxy;

import dev.ednag.neural.ImageTask;
import dev.ednag.neural.NetworkBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every proxy evaluation shares: how architectures become networks, the task they are built
 * for and, for the proxies that look at data, the mini-batch (null when there is none).
 */
public record ProxyContext(NetworkBuilder builder, ImageTask task, MiniBatch batch) {

    public ProxyContext {
        if (batch != null && !batch.task().equals(task)) {
            throw new IllegalArgumentException("the mini-batch is for " + batch.task() + " but the networks are built"
                    + " for " + task);
        }
    }

    /** The mini-batch, or a clear error naming the proxy that needed it. */
    public MiniBatch requireBatch(String proxy) {
        if (batch == null) {
            throw new IllegalArgumentException(proxy + " looks at a mini-batch of images; give it data");
        }
        return batch;
    }

    /** Everything a score depends on besides the architecture and the seed, for run manifests. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("network", builder.describe());
        m.put("input", task.channels() + "x" + task.height() + "x" + task.width());
        m.put("classes", task.classes());
        if (batch != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("source", batch.source());
            b.put("images", batch.size());
            b.put("sha256", batch.sha256());
            m.put("miniBatch", b);
        }
        return m;
    }
}
