package nl.kringloop.api.mki;

import nl.kringloop.api.Finding;

import java.util.Objects;

/**
 * A project-level rule's decision to leave a line out of the total (counts 0, not refused), with the
 * reason shown to users, e.g. commuting below 5 % of the energy MKI (RWS-MKI 4.0 §3.2.1a).
 *
 * @param lineId the line's id
 * @param reason an info finding saying why
 */
public record LineExclusion(String lineId, Finding reason) {

    public LineExclusion {
        Objects.requireNonNull(lineId, "lineId");
        Objects.requireNonNull(reason, "reason");
    }
}
