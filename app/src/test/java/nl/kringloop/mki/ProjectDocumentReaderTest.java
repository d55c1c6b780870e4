package nl.kringloop.mki;

import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.DataCategory;
import nl.kringloop.api.mki.Flow;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Malformed documents are 400 problems naming the exact field; well-formed ones parse completely. */
public class ProjectDocumentReaderTest {

    /** A valid document; tests replace one fragment to break it. */
    static final String VALID = """
            {"name": "N201", "protocolVersion": "4.0", "weighting": "nmd-set-1", "serviceLifeYears": 50,
             "nmdVersion": "3.5", "sections": ["asphalt"],
             "cards": [{"id": "c-ac16", "name": "AC16", "dataCategory": "3", "unit": "t", "lifespanYears": 15,
                        "representative": true, "source": "NMD", "libraryVersion": "3.5",
                        "impacts": {"A1-A3": {"GWP": 52.1, "AP": 0.21}, "A4": {"GWP": 4}, "D": {"GWP": -3.0}}},
                       {"id": "c-sand", "dataCategory": "3a", "unit": "m³", "impacts": {"A1A3": {"GWP": 1}}}],
             "objects": [{"id": "o1", "name": "Hoofdrijbaan", "parent": null},
                         {"id": "o2", "name": "Vluchtstrook", "parent": "o1"},
                         {"id": "gw", "name": "Grondwerk", "earthwork": true}],
             "lines": [{"id": "L1", "object": "o1", "card": "c-ac16", "quantity": 1200, "unit": "t",
                        "flow": "entering", "section": "asphalt", "temporary": null, "restscope": false,
                        "attributes": {"forLine": ["L2"], "widthCm": 15, "ratio": 0.25, "ok": true,
                                       "annexC": {"machine": "excavator", "class": "V"}}},
                       {"id": "L2", "object": "gw", "card": "c-sand", "quantity": 3, "unit": "m3",
                        "flow": "released", "temporary": "fence", "restscope": true}]}""";

    @Test
    void readsAWellFormedDocument() {
        ProjectDocument d = ProjectDocumentReader.read(VALID);
        assertThat(d.protocolVersion()).isEqualTo("4.0");
        assertThat(d.nmdVersion()).isEqualTo("3.5");
        assertThat(d.sections()).containsExactly("asphalt");
        assertThat(d.cards().get(0).dataCategory()).isEqualTo(DataCategory.THREE);
        assertThat(d.cards().get(0).impacts().get(LcaModule.A1_A3)).containsEntry("AP", 0.21);
        assertThat(d.cards().get(1).impacts()).containsKey(LcaModule.A1_A3);
        assertThat(d.cards().get(1).name()).isEqualTo("c-sand");
        assertThat(d.objects().get(1).parent()).isEqualTo("o1");
        assertThat(d.objects().get(2).earthwork()).isTrue();
        ProjectDocument.Line l1 = d.lines().get(0);
        assertThat(l1.quantity()).isEqualTo(1200.0);
        assertThat(l1.attributes()).containsEntry("widthCm", 15L).containsEntry("ratio", 0.25)
                .containsEntry("ok", true).containsEntry("forLine", List.of("L2"))
                .containsEntry("annexC", Map.of("machine", "excavator", "class", "V"));
        ProjectDocument.Line l2 = d.lines().get(1);
        assertThat(l2.flow()).isEqualTo(Flow.RELEASED);
        assertThat(l2.temporary()).isEqualTo("fence");
        assertThat(l2.restscope()).isTrue();
    }

    @Test
    void notJsonIsMalformed() {
        DomainException e = catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.read("{\"name\": "));
        assertThat(ProblemMapper.problem(e).status()).isEqualTo(400);
        assertThat(ProblemMapper.problem(e).type()).endsWith("malformed-json");
    }

    @ParameterizedTest(name = "{0} ⇒ 400 at {2}")
    @CsvSource(delimiter = '|', value = {
            "quantity as string      | \"quantity\": 1200      ->\"quantity\": \"1200\"        | lines[0].quantity",
            "negative quantity       | \"quantity\": 3,        ->\"quantity\": -3,           | lines[1].quantity",
            "huge quantity           | \"quantity\": 3,        ->\"quantity\": 1e999,        | lines[1].quantity",
            "missing quantity        | \"quantity\": 3,        ->                            | lines[1].quantity",
            "unknown card            | \"card\": \"c-sand\"    ->\"card\": \"c-nope\"        | lines[1].card",
            "unknown object          | \"object\": \"gw\"      ->\"object\": \"gx\"          | lines[1].object",
            "unit not the card's     | \"unit\": \"m3\"        ->\"unit\": \"t\"             | lines[1].unit",
            "unknown flow            | \"flow\": \"released\"  ->\"flow\": \"leaving\"       | lines[1].flow",
            "duplicate line id       | \"id\": \"L2\"          ->\"id\": \"L1\"              | lines[1].id",
            "duplicate card id       | \"id\": \"c-sand\"      ->\"id\": \"c-ac16\"          | cards[1].id",
            "duplicate object id     | \"id\": \"gw\"          ->\"id\": \"o2\"              | objects[2].id",
            "unknown module          | \"A4\": {\"GWP\": 4}    ->\"A9\": {\"GWP\": 4}        | cards[0].impacts.A9",
            "impact as string        | \"AP\": 0.21            ->\"AP\": \"0.21\"            | cards[0].impacts.A1-A3.AP",
            "A1-A3 and A1 both       | \"A4\": {\"GWP\": 4}    ->\"A1\": {\"GWP\": 4}        | cards[0].impacts",
            "unknown category        | \"dataCategory\": \"3a\"->\"dataCategory\": \"4\"     | cards[1].dataCategory",
            "unknown parent          | \"parent\": \"o1\"      ->\"parent\": \"o9\"          | objects[1].parent",
            "restscope as string     | \"restscope\": true     ->\"restscope\": \"yes\"      | lines[1].restscope",
            "attributes not object   | \"attributes\": {       ->\"attributes\": [{          | lines[0].attributes",
            "service life zero       | \"serviceLifeYears\": 50->\"serviceLifeYears\": 0     | serviceLifeYears",
            "protocol as number      | \"protocolVersion\": \"4.0\"->\"protocolVersion\": 4.0 | protocolVersion",
            "lines not an array      | \"lines\": [            ->\"lines\": {\"x\": [        | lines",
    })
    void malformedDocumentIs400NamingTheField(String why, String edit, String field) {
        String[] fromTo = edit.split("->", -1);
        String body = VALID.replace(fromTo[0].strip(), fromTo[1].strip());
        if (why.equals("attributes not object")) {
            body = body.replace("\"V\"}}},", "\"V\"}}]},");
        }
        if (why.equals("lines not an array")) {
            body = body.substring(0, body.lastIndexOf(']')) + "]}}";
        }
        assertThat(body).as("edit applies").isNotEqualTo(VALID);
        String finalBody = body;
        DomainException e = catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.read(finalBody));
        assertThat(e).as(why).isNotNull();
        assertThat(ProblemMapper.problem(e).status()).isEqualTo(400);
        assertThat(ProblemMapper.problem(e).field()).as(why + ": " + ProblemMapper.problem(e).detail()).isEqualTo(field);
        assertThat(ProblemMapper.problem(e).detail()).startsWith(field);
        // the streaming reader (a body) refuses as the tree reader (a parsed document) does
        DomainException tree = catchThrowableOfType(DomainException.class,
                () -> ProjectDocumentReader.read(nl.kringloop.platform.JsonInput.parse(finalBody)));
        assertThat(ProblemMapper.problem(e)).isEqualTo(ProblemMapper.problem(tree));
    }

    @Test
    void theStreamReadsMembersInAnyOrderAndRefusesInTheTreeReadersOrder() {
        // lines before cards and objects: read by the tree reader, the same document
        int lines = VALID.indexOf("\"lines\"");
        int end = VALID.lastIndexOf('}');
        String linesFirst = "{" + VALID.substring(lines, end).strip() + ", " + VALID.substring(1, lines).strip()
                .replaceAll(",$", "") + "}";
        assertThat(ProjectDocumentReader.read(linesFirst)).isEqualTo(ProjectDocumentReader.read(VALID));
        // a refused line in the text before a refused setting: the setting is named, as the tree reader names it
        String twoRefusals = VALID.replace("\"quantity\": 3,", "\"quantity\": -3,")
                .replace("\"serviceLifeYears\": 50", "\"serviceLifeYears\": 0");
        assertThat(twoRefusals).isNotEqualTo(VALID);
        DomainException e = catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.read(twoRefusals));
        assertThat(ProblemMapper.problem(e).field()).isEqualTo("serviceLifeYears");
        // a refused card and a syntax error at the end: the syntax error, as when the whole body is parsed first
        String cutOff = VALID.replace("\"id\": \"c-sand\"", "\"id\": \"c-ac16\"").substring(0, VALID.length() - 3);
        assertThat(catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.read(cutOff))
                .kind()).isEqualTo(DomainException.Kind.MALFORMED_JSON);
    }

    @Test
    void anObjectThatIsItsOwnAncestorIs400() {
        String body = VALID.replace("\"parent\": null", "\"parent\": \"o2\"");
        DomainException e = catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.read(body));
        assertThat(ProblemMapper.problem(e).field()).isEqualTo("objects[0].parent");
    }

    /** a document with objects o0 … o(n-1), each the parent of the next, and no lines */
    public static String chain(int n) {
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < n; i++) {
            objects.append(i == 0 ? "" : ",").append("{\"id\":\"o").append(i).append('"')
                    .append(i == 0 ? "" : ",\"parent\":\"o" + (i - 1) + "\"").append('}');
        }
        return "{\"protocolVersion\":\"4.0\",\"weighting\":\"nmd-set-1\",\"serviceLifeYears\":50,\"cards\":[],"
                + "\"objects\":[" + objects + "],\"lines\":[]}";
    }

    @Test
    void theObjectTreeMayBeAtMost100LevelsDeepAndIsCheckedInLinearTime() {
        assertThat(ProjectDocumentReader.read(chain(ProjectDocumentReader.MAX_OBJECT_DEPTH)).objects())
                .hasSize(ProjectDocumentReader.MAX_OBJECT_DEPTH);
        DomainException e = catchThrowableOfType(DomainException.class,
                () -> ProjectDocumentReader.read(chain(ProjectDocumentReader.MAX_OBJECT_DEPTH + 1)));
        assertThat(ProblemMapper.problem(e).field()).isEqualTo("objects[100].parent");
        assertThat(ProblemMapper.problem(e).detail()).contains("depth 101").contains("at most 100");
        // the longest chain a document may hold: one walk up per object would be 2 * 10^8 steps
        String longest = chain(ProjectDocumentReader.MAX_OBJECTS);
        long t0 = System.nanoTime();
        DomainException deep = catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.read(longest));
        assertThat(ProblemMapper.problem(deep).field()).isEqualTo("objects[100].parent");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(2));
    }

    @Test
    void aStoredDocumentOverTheLimitsStaysReadableButACycleNeverIs() {
        // stored before the limits existed: read as it was accepted (stored means readable), edits are refused
        assertThat(ProjectDocumentReader.readStored(nl.kringloop.platform.JsonInput.parse(chain(500))).objects())
                .hasSize(500);
        String cycle = VALID.replace("\"parent\": null", "\"parent\": \"o2\"");
        assertThat(catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.readStored(
                nl.kringloop.platform.JsonInput.parse(cycle))).field()).isEqualTo("objects[0].parent");
    }

    @Test
    void moreObjectsLinesOrCardsThanTheLimitAndOverLongIdsAre400NamingTheList() {
        String tooMany = chain(1).replace("\"lines\":[]", "\"lines\":[" + "{},".repeat(ProjectDocumentReader.MAX_LINES)
                + "{}]");
        DomainException lines = catchThrowableOfType(DomainException.class, () -> ProjectDocumentReader.read(tooMany));
        assertThat(ProblemMapper.problem(lines).field()).isEqualTo("lines");
        assertThat(ProblemMapper.problem(lines).detail()).contains("at most 200000");
        DomainException objects = catchThrowableOfType(DomainException.class,
                () -> ProjectDocumentReader.read(chain(ProjectDocumentReader.MAX_OBJECTS + 1)));
        assertThat(ProblemMapper.problem(objects).field()).isEqualTo("objects");
        DomainException id = catchThrowableOfType(DomainException.class,
                () -> ProjectDocumentReader.read(VALID.replace("\"id\": \"gw\"", "\"id\": \"" + "g".repeat(201) + "\"")
                        .replace("\"object\": \"gw\"", "\"object\": \"" + "g".repeat(201) + "\"")));
        assertThat(ProblemMapper.problem(id).field()).isEqualTo("objects[2].id");
        DomainException name = catchThrowableOfType(DomainException.class,
                () -> ProjectDocumentReader.read(VALID.replace("Hoofdrijbaan", "h".repeat(501))));
        assertThat(ProblemMapper.problem(name).field()).isEqualTo("objects[0].name");
    }

    @Test
    void writerRoundTripsTheDocument() {
        ProjectDocument d = ProjectDocumentReader.read(VALID);
        assertThat(ProjectDocumentReader.read(ProjectDocumentWriter.writeString(d))).isEqualTo(d);
    }
}
