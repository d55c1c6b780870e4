package nl.kringloop.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Lob;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default entity listener (META-INF/orm.xml): before a row is inserted or updated, every text attribute
 * fits its column — the length the mapping declares, the one place the limit lives — and is valid text
 * ({@link InputLimits#checkText}). Otherwise the request is a 400 naming the attribute and its limit, and nothing
 * is written; the database's truncation error was a 500.
 */
public class ColumnLimits {

    private record Limit(Field field, int length) {
    }

    private static final Map<Class<?>, List<Limit>> LIMITS = new ConcurrentHashMap<>();

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        for (Limit l : LIMITS.computeIfAbsent(entity.getClass(), ColumnLimits::limits)) {
            Object v;
            try {
                v = l.field().get(entity);
            } catch (IllegalAccessException e) {
                continue;
            }
            if (v instanceof String s) {
                String name = l.field().getName();
                if (s.length() > l.length()) {
                    throw DomainException.invalid(name, name + ": at most " + l.length() + " characters, got "
                            + s.length());
                }
                InputLimits.checkText(s, name);
            }
        }
    }

    private static List<Limit> limits(Class<?> type) {
        List<Limit> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Column col = f.getAnnotation(Column.class);
                int mod = f.getModifiers();
                if (f.getType() == String.class && f.getAnnotation(Lob.class) == null
                        && !Modifier.isStatic(mod) && !Modifier.isTransient(mod)
                        && f.getAnnotation(Transient.class) == null) {
                    f.setAccessible(true);
                    out.add(new Limit(f, col == null ? 255 : col.length()));
                }
            }
        }
        return out;
    }
}
