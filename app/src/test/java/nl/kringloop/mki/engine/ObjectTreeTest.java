package nl.kringloop.mki.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The object tree's depths and subtree sums: hand-computed on a small tree, linear on a long chain. */
class ObjectTreeTest {

    @Test
    void depthsAndSubtreeSumsOfASmallTree() {
        // r ← a ← b, r ← c, s (second root); own values r 1, a 2, b 4, c 8, s 16
        int[] parent = ObjectTree.parents(java.util.Arrays.asList(null, "r", "a", "r", null),
                Map.of("r", 0, "a", 1, "b", 2, "c", 3, "s", 4));
        assertThat(parent).containsExactly(ObjectTree.ROOT, 0, 1, 0, ObjectTree.ROOT);
        int[] depth = ObjectTree.depths(parent);
        assertThat(depth).containsExactly(1, 2, 3, 2, 1);
        // r = 1 + 2 + 4 + 8 = 15, a = 2 + 4 = 6, b = 4, c = 8, s = 16
        assertThat(ObjectTree.subtreeSums(parent, depth, new double[]{1, 2, 4, 8, 16}))
                .containsExactly(15, 6, 4, 8, 16);
    }

    @Test
    void aCycleNamesAnObjectOnIt() {
        // 0 → 1 → 2 → 1: object 1 is its own ancestor
        ObjectTree.Cycle c = catchThrowableOfType(ObjectTree.Cycle.class,
                () -> ObjectTree.depths(new int[]{1, 2, 1}));
        assertThat(c.object).isIn(1, 2);
    }

    @Test
    void aMillionLevelChainIsSummedInLinearTime() {
        int n = 1_000_000;
        int[] parent = new int[n];
        double[] own = new double[n];
        for (int i = 0; i < n; i++) {
            // listed leaf first, so a walk to the root from every object would take n²/2 = 5·10¹¹ steps
            parent[i] = i == n - 1 ? ObjectTree.ROOT : i + 1;
            own[i] = 1;
        }
        long t0 = System.nanoTime();
        int[] depth = ObjectTree.depths(parent);
        double[] sum = ObjectTree.subtreeSums(parent, depth, own);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(depth[0]).isEqualTo(n);
        assertThat(sum[n - 1]).isEqualTo(n);
        assertThat(sum[0]).isEqualTo(1);
    }
}
