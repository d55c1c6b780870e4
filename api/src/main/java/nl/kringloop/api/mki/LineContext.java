package nl.kringloop.api.mki;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees of one line: the line, its card, its object and the project settings. Read-only.
 *
 * @param project the project settings
 * @param line    the line
 * @param card    the line's product card; for a line without one (priced by a rule from reference data, e.g.
 *                Annex C) {@link CardView#none(String)}: id {@code ""}, no modules, so no general rule acts on it
 * @param object  the object the line belongs to
 * @param cards   every card of the document by id, to check a card a line names in its attributes (e.g. the
 *                substitution card of §3.3f); read-only
 */
public record LineContext(ProjectSettings project, LineView line, CardView card, ObjectView object,
                          Map<String, CardView> cards) {

    public LineContext {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(object, "object");
        cards = cards == null ? Map.of(card.id(), card) : cards;
    }

    /** A context whose card lookup knows only the line's own card. */
    public LineContext(ProjectSettings project, LineView line, CardView card, ObjectView object) {
        this(project, line, card, object, null);
    }

    /** @return the document's card with this id, if any */
    public Optional<CardView> card(String cardId) {
        return cardId == null ? Optional.empty() : Optional.ofNullable(cards.get(cardId));
    }
}
