package dev.ednag.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges rows that name the same architecture into one, in first-appearance order, each value the
 * mean of its rows' values (NaNs left out). With no repeats it hands the columns back unchanged.
 */
final class RepeatAverager {

    private final List<String> keys = new ArrayList<>();
    private final int[] rowToKey;
    private final int[] count;

    RepeatAverager(List<String> rowKeys) {
        Map<String, Integer> index = new HashMap<>(rowKeys.size() * 2);
        rowToKey = new int[rowKeys.size()];
        for (int row = 0; row < rowKeys.size(); row++) {
            String key = rowKeys.get(row);
            Integer at = index.get(key);
            if (at == null) {
                at = keys.size();
                index.put(key, at);
                keys.add(key);
            }
            rowToKey[row] = at;
        }
        count = new int[keys.size()];
        for (int k : rowToKey) {
            count[k]++;
        }
    }

    /** The distinct keys, in the order they first appear. */
    List<String> keys() {
        return keys;
    }

    /** One value per distinct key: the mean of the non-missing values of its rows. */
    double[] average(double[] values) {
        if (keys.size() == rowToKey.length) {
            return values;
        }
        double[] sum = new double[keys.size()];
        int[] present = new int[keys.size()];
        for (int row = 0; row < rowToKey.length; row++) {
            if (!Double.isNaN(values[row])) {
                sum[rowToKey[row]] += values[row];
                present[rowToKey[row]]++;
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] = present[k] == 0 ? Double.NaN : sum[k] / present[k];
        }
        return sum;
    }
}
