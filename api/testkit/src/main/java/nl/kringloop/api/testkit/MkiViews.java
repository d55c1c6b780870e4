package nl.kringloop.api.testkit;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.CardView;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.api.mki.LineContext;
import nl.kringloop.api.mki.LineView;
import nl.kringloop.api.mki.ObjectView;
import nl.kringloop.api.mki.ProjectSettings;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builders of the views an {@code MkiRule} sees. Each starts from a plain default (stated on its factory method) so a
 * test names only what its rule looks at: {@code card("c").category(DataCategory.THREE).lifespanYears(20.0).build()}.
 */
public final class MkiViews {

    /** The modules of a card with A1-A3, transport (A4), construction (A5), demolition (C1) and credits (D). */
    public static final Set<LcaModule> A1_A3_A4_A5_C1_D = Set.copyOf(EnumSet.of(LcaModule.A1_A3, LcaModule.A4,
            LcaModule.A5, LcaModule.C1, LcaModule.D));

    private MkiViews() {
    }

    /** A card named as its id, category 2, unit "t", no lifespan, representative, modules {@link #A1_A3_A4_A5_C1_D}. */
    public static CardBuilder card(String id) {
        return new CardBuilder(id);
    }

    /** Line {@code index} of object "o1" with card "c", 1 t entering, no section, not temporary, not restscope. */
    public static LineBuilder line(int index, String id) {
        return new LineBuilder(index, id);
    }

    /** Project "p" under protocol {@code protocolVersion}, weighting "nmd-set-1", 50 years, every section selected. */
    public static SettingsBuilder settings(String protocolVersion) {
        return new SettingsBuilder(protocolVersion);
    }

    /** Object "o1" named "o", at the top, not an earthwork. */
    public static ObjectView object() {
        return new ObjectView("o1", "o", null, false);
    }

    /** What a rule gets for {@code line}: protocol 4.0 settings, object "o1", and {@code card} as the only card. */
    public static ContextBuilder context(LineView line, CardView card) {
        return new ContextBuilder(line, card);
    }

    public static final class CardBuilder {
        private final String id;
        private String name;
        private DataCategory category = DataCategory.TWO;
        private String unit = "t";
        private Double lifespanYears;
        private boolean representative = true;
        private String source = "";
        private String libraryVersion;
        private boolean releasedMaterialCard;
        private Set<LcaModule> modules = A1_A3_A4_A5_C1_D;
        private Map<String, Object> attributes = Map.of();

        private CardBuilder(String id) {
            this.id = id;
            this.name = id;
        }

        public CardBuilder name(String v) { name = v; return this; }
        public CardBuilder category(DataCategory v) { category = v; return this; }
        public CardBuilder unit(String v) { unit = v; return this; }
        public CardBuilder lifespanYears(Double v) { lifespanYears = v; return this; }
        public CardBuilder representative(boolean v) { representative = v; return this; }
        public CardBuilder source(String v) { source = v; return this; }
        public CardBuilder libraryVersion(String v) { libraryVersion = v; return this; }
        public CardBuilder releasedMaterialCard(boolean v) { releasedMaterialCard = v; return this; }
        public CardBuilder modules(Set<LcaModule> v) { modules = v; return this; }
        public CardBuilder attributes(Map<String, Object> v) { attributes = v; return this; }

        public CardView build() {
            return new CardView(id, name, category, unit, lifespanYears, representative, source, libraryVersion,
                    releasedMaterialCard, modules, attributes);
        }
    }

    public static final class LineBuilder {
        private final int index;
        private final String id;
        private String objectId = "o1";
        private String cardId = "c";
        private double quantity = 1;
        private String unit = "t";
        private Flow flow = Flow.ENTERING;
        private String section;
        private String temporary;
        private boolean restscope;
        private Map<String, Object> attributes = Map.of();

        private LineBuilder(int index, String id) {
            this.index = index;
            this.id = id;
        }

        public LineBuilder objectId(String v) { objectId = v; return this; }
        public LineBuilder cardId(String v) { cardId = v; return this; }
        public LineBuilder quantity(double v) { quantity = v; return this; }
        public LineBuilder unit(String v) { unit = v; return this; }
        public LineBuilder flow(Flow v) { flow = v; return this; }
        public LineBuilder section(String v) { section = v; return this; }
        public LineBuilder temporary(String v) { temporary = v; return this; }
        public LineBuilder restscope(boolean v) { restscope = v; return this; }
        public LineBuilder attributes(Map<String, Object> v) { attributes = v; return this; }

        public LineView build() {
            return new LineView(index, id, objectId, cardId, quantity, unit, flow, section, temporary, restscope,
                    attributes);
        }
    }

    public static final class SettingsBuilder {
        private final String protocolVersion;
        private String name = "p";
        private String weightingId = "nmd-set-1";
        private double serviceLifeYears = 50;
        private String nmdVersion;
        private Set<String> sections;

        private SettingsBuilder(String protocolVersion) {
            this.protocolVersion = protocolVersion;
        }

        public SettingsBuilder name(String v) { name = v; return this; }
        public SettingsBuilder weightingId(String v) { weightingId = v; return this; }
        public SettingsBuilder serviceLifeYears(double v) { serviceLifeYears = v; return this; }
        public SettingsBuilder nmdVersion(String v) { nmdVersion = v; return this; }
        /** @param v the selected sections of chapter 3, null for all */
        public SettingsBuilder sections(Set<String> v) { sections = v; return this; }

        public ProjectSettings build() {
            return new ProjectSettings(name, protocolVersion, weightingId, serviceLifeYears, nmdVersion, sections);
        }
    }

    public static final class ContextBuilder {
        private final LineView line;
        private final CardView card;
        private ProjectSettings settings = MkiViews.settings("4.0").build();
        private ObjectView object = MkiViews.object();
        private final Map<String, CardView> cards = new LinkedHashMap<>();

        private ContextBuilder(LineView line, CardView card) {
            this.line = line;
            this.card = card;
            cards.put(card.id(), card);
        }

        public ContextBuilder settings(ProjectSettings v) { settings = v; return this; }
        public ContextBuilder object(ObjectView v) { object = v; return this; }
        /** Further cards of the document, which the rule may look up by id ({@link LineContext#card(String)}). */
        public ContextBuilder otherCards(CardView... others) {
            for (CardView o : others) {
                cards.put(o.id(), o);
            }
            return this;
        }

        public LineContext build() {
            return new LineContext(settings, line, card, object, Map.copyOf(cards));
        }
    }
}
