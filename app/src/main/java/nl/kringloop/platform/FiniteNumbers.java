package nl.kringloop.platform;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Finds a number that JSON cannot carry (NaN, ±Infinity) in a result before it is stored or answered, so that a
 * derived value that overflows is the caller's 400 naming the inputs, and never a response the server cannot write
 * (a 500, or a stored document nobody can read).
 */
public final class FiniteNumbers {

    private FiniteNumbers() {
    }

    /**
     * @param value  a record, collection, map or number
     * @param path   the name of the value, for the answer
     * @param inputs the input fields the value is derived from, for the answer
     */
    public static void require(Object value, String path, String inputs) {
        String at = firstNonFinite(value, path, 0);
        if (at != null) {
            throw DomainException.notFinite(inputs, "The derived value " + at + " is not a finite number: the inputs"
                    + " it is computed from (" + inputs + ") are too large", "JSON numbers are finite (RFC 8259 §6)");
        }
    }

    /** @return the path of the first non-finite number, or null */
    static String firstNonFinite(Object v, String path, int depth) {
        if (v == null || depth > 64) {
            return null;
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? null : path;
        }
        if (v instanceof Float f) {
            return Float.isFinite(f) ? null : path;
        }
        if (v instanceof double[] a) {
            for (int i = 0; i < a.length; i++) {
                if (!Double.isFinite(a[i])) {
                    return path + "[" + i + "]";
                }
            }
            return null;
        }
        if (v instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                String at = firstNonFinite(o, path + "[" + i++ + "]", depth + 1);
                if (at != null) {
                    return at;
                }
            }
            return null;
        }
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String at = firstNonFinite(e.getValue(), JsonInput.path(path, String.valueOf(e.getKey())), depth + 1);
                if (at != null) {
                    return at;
                }
            }
            return null;
        }
        if (v instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x;
                try {
                    c.getAccessor().setAccessible(true);
                    x = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                String at = firstNonFinite(x, JsonInput.path(path, c.getName()), depth + 1);
                if (at != null) {
                    return at;
                }
            }
        }
        return null;
    }
}
