package nl.kringloop.api.testkit;

import nl.kringloop.api.KringloopExtension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The extensions of one extension point that the class path declares in {@code META-INF/extensions.idx} (one
 * class name a line, {@code #} comments), each made with its no-argument constructor — the list the host would
 * load, so a test of "every rule" cannot miss a rule added later.
 */
public final class Extensions {

    static final String INDEX = "META-INF/extensions.idx";

    private Extensions() {
    }

    /** @return every declared extension of {@code point}, ordered by {@code describe().id()} as the host orders them */
    public static <T extends KringloopExtension> List<T> of(Class<T> point) {
        return of(point, Thread.currentThread().getContextClassLoader());
    }

    public static <T extends KringloopExtension> List<T> of(Class<T> point, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        for (String name : declared(loader)) {
            Class<?> c;
            try {
                c = Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(INDEX + " names " + name + ", which is not on the class path", e);
            }
            if (point.isAssignableFrom(c)) {
                found.add(point.cast(instantiate(c)));
            }
        }
        found.sort(Comparator.comparing(e -> e.describe().id()));
        return List.copyOf(found);
    }

    private static Set<String> declared(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                URL url = indexes.nextElement();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(),
                        StandardCharsets.UTF_8))) {
                    r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + INDEX, e);
        }
        return names;
    }

    private static Object instantiate(Class<?> c) {
        try {
            var constructor = c.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(c.getName() + " needs a no-argument constructor, as PF4J does", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(c.getName() + " failed in its constructor", e.getCause());
        }
    }
}
