package nl.kringloop.mki.engine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A line's euro per LCA module as a read-only map in EN 15804 order, without a hash table per line: the module codes
 * are the card's (one array shared by every line of that card), the values the line's. A 100,000-line result built
 * a {@code LinkedHashMap} per line before (docs/benchmarks.md, "End-to-end calculate"); equal to one with the same
 * entries ({@link AbstractMap#equals}).
 */
final class ModuleFigures extends AbstractMap<String, Double> {

    private final String[] codes;
    private final double[] euro;

    /** @param codes module codes, shared and never changed; @param euro one value per code, owned by this map */
    ModuleFigures(String[] codes, double[] euro) {
        if (codes.length != euro.length) {
            throw new IllegalArgumentException(codes.length + " codes, " + euro.length + " values");
        }
        this.codes = codes;
        this.euro = euro;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Double get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : euro[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Double> action) {
        for (int i = 0; i < codes.length; i++) {
            action.accept(codes[i], euro[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return codes.length;
            }

            @Override
            public Iterator<Map.Entry<String, Double>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < codes.length;
                    }

                    @Override
                    public Map.Entry<String, Double> next() {
                        if (next >= codes.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(codes[i], euro[i]);
                    }
                };
            }
        };
    }
}
