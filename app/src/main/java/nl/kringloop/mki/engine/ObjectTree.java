package nl.kringloop.mki.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The object tree of a project document (RWS-MKI 4.0 §2.1.2) as arrays: each object's parent index and depth,
 * found in one pass over the objects with the depths already known as a memo, so a walk never repeats a chain
 * (a 30,000-level parent chain took 24 s when every object walked to the root, issue 12).
 */
public final class ObjectTree {

    /** no parent: a root */
    public static final int ROOT = -1;

    private ObjectTree() {
    }

    /**
     * @param parentIds each object's parent id, null for a root
     * @param index     object id → position in {@code parentIds}
     * @return each object's parent position, {@link #ROOT} for a root (and for a parent id that is no object:
     *         the reader refuses those, a document built in code is summed as if it were a root)
     */
    public static int[] parents(List<String> parentIds, Map<String, Integer> index) {
        int[] parent = new int[parentIds.size()];
        for (int o = 0; o < parent.length; o++) {
            String p = parentIds.get(o);
            if (p == null) {
                parent[o] = ROOT;
            } else {
                parent[o] = index.getOrDefault(p, ROOT);
            }
        }
        return parent;
    }

    /** A cycle in the parent links: {@code object} is its own ancestor. */
    public static final class Cycle extends RuntimeException {
        public final int object;

        Cycle(int object) {
            super(null, null, false, false);
            this.object = object;
        }
    }

    /**
     * Depth of every object, a root being 1, in O(objects): each chain is walked up only to the first object whose
     * depth is known, then filled in on the way down.
     *
     * @throws Cycle when an object is its own ancestor
     */
    public static int[] depths(int[] parent) {
        int n = parent.length;
        int[] depth = new int[n]; // 0 = unknown yet
        int[] onPath = new int[n]; // the walk (1-based number) an object is on, to tell a cycle from a known chain
        int[] path = new int[n];
        for (int start = 0; start < n; start++) {
            if (depth[start] != 0) {
                continue;
            }
            int len = 0;
            int at = start;
            while (at != ROOT && depth[at] == 0) {
                if (onPath[at] == start + 1) {
                    throw new Cycle(at);
                }
                onPath[at] = start + 1;
                path[len++] = at;
                at = parent[at];
            }
            int d = at == ROOT ? 0 : depth[at];
            for (int i = len - 1; i >= 0; i--) {
                depth[path[i]] = ++d;
            }
        }
        return depth;
    }

    /**
     * Sums a value per object over its subtree (itself and every descendant) in O(objects): deepest objects first,
     * each adds its finished sum to its parent.
     */
    static double[] subtreeSums(int[] parent, int[] depth, double[] own) {
        int n = parent.length;
        int maxDepth = 0;
        for (int d : depth) {
            maxDepth = Math.max(maxDepth, d);
        }
        // counting sort by depth, deepest first
        int[] start = new int[maxDepth + 2];
        for (int d : depth) {
            start[maxDepth - d + 1]++;
        }
        for (int i = 1; i < start.length; i++) {
            start[i] += start[i - 1];
        }
        int[] order = new int[n];
        for (int o = 0; o < n; o++) {
            order[start[maxDepth - depth[o]]++] = o;
        }
        double[] sum = Arrays.copyOf(own, n);
        for (int o : order) {
            if (parent[o] != ROOT) {
                sum[parent[o]] += sum[o];
            }
        }
        return sum;
    }
}
