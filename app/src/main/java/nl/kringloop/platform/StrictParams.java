package nl.kringloop.platform;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Query, path and header values of the numeric and boolean parameters, read strictly: {@code ?limit=abc} is a 400
 * naming {@code limit} (JAX-RS would answer 404 "no resource"), {@code ?draft=maybe} is a 400 (Boolean.valueOf
 * would read it as false). Booleans are {@code true} or {@code false}; integers are decimal digits with an
 * optional sign, within the type's range.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
        String name = name(annotations);
        if (raw == boolean.class || raw == Boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", s -> switch (s) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new NumberFormatException();
            });
        }
        if (raw == int.class || raw == Integer.class) {
            return (ParamConverter<T>) converter(name, "an integer", Integer::valueOf);
        }
        if (raw == long.class || raw == Long.class) {
            return (ParamConverter<T>) converter(name, "an integer", Long::valueOf);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    throw DomainException.invalid(name, name + ": expected " + expected + ", got '"
                            + InputLimits.abbreviate(value) + "'");
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }
}
