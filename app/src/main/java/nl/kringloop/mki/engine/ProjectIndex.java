package nl.kringloop.mki.engine;

import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectSettings;
import nl.kringloop.mki.ProjectDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Phase 1, index the project: every card, object and line gets its position, and the views the rules see are
 * built once. Positions are document order; a line without a card points at {@link #noCard()}, the zero row the
 * pricing table appends after the cards.
 */
final class ProjectIndex {

    final ProjectDocument doc;
    final ProjectSettings settings;
    /** card position → what rules see of the card */
    final CardView[] cards;
    /** object position → what rules see of the object */
    final ObjectView[] objects;
    /** line position → what rules see of the line */
    final LineView[] lines;
    /** line position → the line with its card, object and the project, as a line hook gets it */
    final LineContext[] contexts;
    /** line position → card position, {@link #noCard()} for a line without a card */
    final int[] lineCard;
    /** line position → object position */
    final int[] lineObject;
    /** line position → quantity in the line's unit, as the document gives it */
    final double[] quantity;
    private final Map<String, Integer> cardIndex;
    private final Map<String, Integer> objectIndex;
    private final Map<String, Integer> lineIndex;

    private ProjectIndex(ProjectDocument doc) {
        this.doc = doc;
        this.settings = new ProjectSettings(doc.name(), doc.protocolVersion(), doc.weighting(),
                doc.serviceLifeYears(), doc.nmdVersion(), doc.sections() == null ? null : Set.copyOf(doc.sections()));
        int nCards = doc.cards().size();
        cards = new CardView[nCards];
        cardIndex = new HashMap<>(nCards * 2);
        Map<String, CardView> cardMap = new HashMap<>(nCards * 2);
        for (int c = 0; c < nCards; c++) {
            ProjectDocument.Card card = doc.cards().get(c);
            cardIndex.put(card.id(), c);
            cards[c] = new CardView(card.id(), card.name(), card.dataCategory(), card.unit(), card.lifespanYears(),
                    card.representative(), card.source(), card.libraryVersion(), card.releasedMaterialCard(),
                    card.impacts().keySet(), card.attributes());
            cardMap.put(card.id(), cards[c]);
        }
        cardMap = Collections.unmodifiableMap(cardMap);
        objects = new ObjectView[doc.objects().size()];
        objectIndex = new HashMap<>(objects.length * 2);
        for (int o = 0; o < objects.length; o++) {
            ProjectDocument.ProjectObject po = doc.objects().get(o);
            objects[o] = new ObjectView(po.id(), po.name(), po.parent(), po.earthwork());
            objectIndex.put(po.id(), o);
        }
        int n = doc.lines().size();
        lineCard = new int[n];
        lineObject = new int[n];
        quantity = new double[n];
        lines = new LineView[n];
        contexts = new LineContext[n];
        lineIndex = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            ProjectDocument.Line l = doc.lines().get(i);
            lineCard[i] = l.card() == null ? nCards : cardIndex.get(l.card());
            lineObject[i] = objectIndex.get(l.object());
            quantity[i] = l.quantity();
            lines[i] = new LineView(i, l.id(), l.object(), l.card(), l.quantity(), l.unit(), l.flow(), l.section(),
                    l.temporary(), l.restscope(), l.attributes());
            lineIndex.put(l.id(), i);
            CardView cv = l.card() == null ? CardView.none(l.unit()) : cards[lineCard[i]];
            contexts[i] = new LineContext(settings, lines[i], cv, objects[lineObject[i]], cardMap);
        }
    }

    static ProjectIndex of(ProjectDocument doc) {
        return new ProjectIndex(doc);
    }

    private ProjectIndex(ProjectIndex from, ProjectDocument doc, int i) {
        this.doc = doc;
        settings = from.settings;
        cards = from.cards;
        objects = from.objects;
        lineCard = from.lineCard;
        lineObject = from.lineObject;
        cardIndex = from.cardIndex;
        objectIndex = from.objectIndex;
        lineIndex = from.lineIndex;
        lines = from.lines.clone();
        contexts = from.contexts.clone();
        quantity = from.quantity.clone();
        ProjectDocument.Line l = doc.lines().get(i);
        quantity[i] = l.quantity();
        lines[i] = new LineView(i, l.id(), l.object(), l.card(), l.quantity(), l.unit(), l.flow(), l.section(),
                l.temporary(), l.restscope(), l.attributes());
        LineContext c = from.contexts[i];
        contexts[i] = new LineContext(c.project(), lines[i], c.card(), c.object(), c.cards());
    }

    /**
     * @return this index with line {@code i} replaced by {@code line}, which has the same id, card and object (a
     *         quantity edit); this index is not changed
     */
    ProjectIndex withLine(int i, ProjectDocument.Line line) {
        ProjectDocument.Line old = doc.lines().get(i);
        if (!old.id().equals(line.id()) || !Objects.equals(old.card(), line.card())
                || !old.object().equals(line.object())) {
            throw new IllegalArgumentException("only a line's figures change in place, not its id, card or object");
        }
        List<ProjectDocument.Line> lines = new ArrayList<>(doc.lines());
        lines.set(i, line);
        ProjectDocument d = new ProjectDocument(doc.name(), doc.protocolVersion(), doc.weighting(),
                doc.serviceLifeYears(), doc.nmdVersion(), doc.sections(), doc.cards(), doc.objects(), lines);
        return new ProjectIndex(this, d, i);
    }

    /** @return the line views as a list, unmodifiable, without copying them (the array never changes once built) */
    List<LineView> lineList() {
        return Collections.unmodifiableList(Arrays.asList(lines));
    }

    /** @return the card row of lines without a card: the first row after the document's cards */
    int noCard() {
        return cards.length;
    }

    /** @return the card's position, or null when the document has no such card */
    Integer card(String id) {
        return cardIndex.get(id);
    }

    /** @return the object's position, or null */
    Integer object(String id) {
        return objectIndex.get(id);
    }

    /** @return the line's position, or null */
    Integer line(String id) {
        return lineIndex.get(id);
    }

    /** @return object position → its parent's position, {@link ObjectTree#ROOT} for a root */
    int[] parents() {
        return ObjectTree.parents(Arrays.stream(objects).map(ObjectView::parentId).toList(), objectIndex);
    }
}
