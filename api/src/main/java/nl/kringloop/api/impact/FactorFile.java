package nl.kringloop.api.impact;

import java.util.Objects;

/**
 * The provenance of a versioned factor data file shipped in a plugin; every {@link ImpactResult} names it.
 *
 * @param id         stable id, e.g. {@code "ef-3.1"}
 * @param name       human name
 * @param version    the data file's version, e.g. {@code "2024.1"}
 * @param source     the publication the factors come from
 * @param confidence how sure the figures are, in a sentence (per-factor confidence is on each {@link Factor})
 */
public record FactorFile(String id, String name, String version, String source, String confidence) {

    public FactorFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        name = name == null ? "" : name;
        confidence = confidence == null ? "" : confidence;
    }
}
