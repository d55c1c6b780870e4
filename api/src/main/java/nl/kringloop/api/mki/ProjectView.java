package nl.kringloop.api.mki;

import nl.kringloop.api.LcaModule;

import java.util.List;

/**
 * The whole project as a project-level rule sees it, after every line rule has run: lines, cards, objects
 * and each line's MKI in euro. Read-only; implemented by the host. Every project-level rule sees the same
 * state (exclusions made by other project-level rules are not reflected), so their order does not matter.
 */
public interface ProjectView {

    ProjectSettings settings();

    /** @return every line in document order; {@link LineView#index()} is the position in this list */
    List<LineView> lines();

    /** @return the card with this id (every line's card exists) */
    CardView card(String cardId);

    /**
     * The card of a line by the line's position: what {@code card(lines().get(lineIndex).cardId())} gives, without
     * a look-up by id (a project hook that walks every line calls it 100,000 times on a large project).
     *
     * @return the line's card; for a line without a card, the empty card {@code card(null)} gives
     */
    default CardView lineCard(int lineIndex) {
        return card(lines().get(lineIndex).cardId());
    }

    /** @return the object with this id (every line's object exists) */
    ObjectView object(String objectId);

    /** @return false when a line rule refused the line (error finding) or left it out of scope (factor 0 on every module) */
    boolean counted(int lineIndex);

    /** @return the line's MKI in euro after all line rules; 0 when not counted */
    double lineMkiEuro(int lineIndex);

    /** @return the line's MKI in euro for one module after all line rules; 0 when not counted */
    double lineModuleMkiEuro(int lineIndex, LcaModule module);

    /** @return the project's MKI in euro: the sum of {@link #lineMkiEuro(int)} over all lines */
    double totalMkiEuro();
}
