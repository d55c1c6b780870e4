package nl.kringloop.organisation;

import java.util.Objects;

/**
 * A person of an organisation as a request names them ({@code /api/organisations/{id}/submitters/{person}}): the
 * organisation's id and the person's, which a call would otherwise pass as two strings next to a token's id.
 */
public record PersonRef(String organisation, String person) {

    public PersonRef {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(person, "person");
    }
}
