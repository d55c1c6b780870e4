package nl.kringloop.platform;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the REST layer knows HTTP (docs/architecture.md, "Resources convert and delegate"): a class that is not a
 * JAX-RS resource, provider or filter — nor a class nested in one — refuses with a {@link DomainException}, never a
 * {@link ProblemException}. Read from the compiled classes, so a lambda, a field type or a catch counts too.
 */
class ProblemExceptionUseTest {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");
    private static final byte[] NAME = ProblemException.class.getName().replace('.', '/')
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void onlyTheRestLayerReferencesProblemException() throws Exception {
        List<String> users = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                if (contains(Files.readAllBytes(f), NAME)) {
                    String name = CLASSES.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                    users.add(name.substring(0, name.length() - ".class".length()));
                }
            }
        }
        // the scan sees what it should: the input-limit filter answers with its own problems
        assertThat(users).contains(InputLimits.class.getName(), ProblemMapper.class.getName());
        assertThat(users).allSatisfy(c -> assertThat(restLayer(c) || c.equals(ProblemException.class.getName()))
                .as(c + " references ProblemException but is not a JAX-RS resource, provider or filter: refuse with"
                        + " a DomainException, which ProblemMapper answers")
                .isTrue());
    }

    /** a resource ({@code @Path}) or provider ({@code @Provider}: filters, mappers), or a class nested in one */
    private static boolean restLayer(String className) throws ClassNotFoundException {
        int nested = className.indexOf('$');
        Class<?> outer = Class.forName(nested < 0 ? className : className.substring(0, nested), false,
                ProblemExceptionUseTest.class.getClassLoader());
        return outer.isAnnotationPresent(Path.class) || outer.isAnnotationPresent(Provider.class);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
