package nl.kringloop.platform;

import nl.kringloop.api.Severity;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of the API contract that hold for every operation, applied to the document at build time
 * (smallrye-open-api-maven-plugin's {@code filter}, app/pom.xml) so that no resource can forget them and a client
 * generated from the document can decode every answer:
 * <ul>
 *   <li>every operation has a unique camelCase {@code operationId}, its resource and method
 *       ({@code PassportResource.create} → {@code passportCreate}), stable as long as both keep their names;</li>
 *   <li>a public operation says so ({@code security: []}), a protected one declares 401 and 403;</li>
 *   <li>every operation declares the problems every request can meet (400 for a malformed query, 503 while the
 *       server starts), one with a path parameter 404, a write 409, one with a body 413 and 415, one that takes
 *       {@code If-Match} 412 (docs/api-errors.md); each error answer is {@code application/problem+json} with the
 *       {@code Problem} schema;</li>
 *   <li>the server is named relative to the document ({@code /}), never a host of the build.</li>
 * </ul>
 */
public class OpenApiContract implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /** status → (component name, description) of the problems added where they apply */
    private static final Map<String, String[]> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("400", new String[]{"BadRequest", "The request is malformed or a value breaks a rule; `field`"
                + " names the input (invalid-field, invalid-fields, malformed-json, bad-request, …)"});
        STANDARD.put("401", new String[]{"Unauthorized", "No valid API token (unauthorized)"});
        STANDARD.put("403", new String[]{"Forbidden", "The token's role or organisation does not allow this"
                + " (forbidden)"});
        STANDARD.put("404", new String[]{"NotFound", "No resource with this id (not-found)"});
        STANDARD.put("409", new String[]{"Conflict", "The request conflicts with the resource's state, or someone"
                + " changed it at the same moment; nothing was stored (conflict, concurrent-change)"});
        STANDARD.put("412", new String[]{"PreconditionFailed", "If-Match names a version that is not the current"
                + " one: someone changed the resource since you read it; nothing was stored (precondition-failed)"});
        STANDARD.put("413", new String[]{"ContentTooLarge", "The body is larger than the server takes (too-large)"});
        STANDARD.put("415", new String[]{"UnsupportedMediaType", "The body's media type or charset is not one this"
                + " operation takes (unsupported-media-type)"});
        STANDARD.put("429", new String[]{"TooManyRequests", "Too many anonymous writes; Retry-After says when to"
                + " try again (too-many-requests)"});
        STANDARD.put("503", new String[]{"ServiceUnavailable", "The server is starting, its start-up failed,"
                + " or the database was too busy (starting, unavailable, busy); Retry-After says when to try again"});
    }

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private static final String INSTANT_REF = "#/components/schemas/java.time.Instant";

    /** a time is an RFC 3339 date-time in place, not a component named after a Java class */
    /** every component a schema of the document refers to (filterSchema sees each schema before filterOpenAPI) */
    private final Set<String> referenced = new HashSet<>();

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            referenced.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        if (INSTANT_REF.equals(schema.getRef())) {
            schema.setRef(null);
            schema.setType(Schema.SchemaType.STRING);
            schema.setFormat("date-time");
        }
        return schema;
    }

    /**
     * A body that may come as JSON or as a table (passport import: JSON, CSV, XLSX) lists JSON first: generators type
     * the operation by its first media type, and a table first made the JSON import a plain string.
     */
    private static void jsonBodyFirst(Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        Map<String, MediaType> types = op.getRequestBody().getContent().getMediaTypes();
        if (types == null || types.size() < 2 || !types.containsKey("application/json")
                || types.keySet().iterator().next().equals("application/json")) {
            return;
        }
        Content ordered = OASFactory.createContent().addMediaType("application/json", types.get("application/json"));
        types.forEach((name, type) -> {
            if (!name.equals("application/json")) {
                ordered.addMediaType(name, type);
            }
        });
        op.getRequestBody().setContent(ordered);
    }

    /**
     * An array body whose items the scanner wrote out in place (it does so when the array has its own limits, such
     * as the passport import's {@code minItems}/{@code maxItems}) refers to the component it copied instead, so a
     * generated client types its items as that component ({@code List<PassportDocument>}), not as an anonymous
     * {@code …RequestInner}.
     */
    private static void itemsByReference(Operation op, Components components) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null
                || op.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        for (MediaType type : op.getRequestBody().getContent().getMediaTypes().values()) {
            Schema array = type.getSchema();
            Schema items = array == null || array.getType() != Schema.SchemaType.ARRAY ? null : array.getItems();
            if (items == null || items.getRef() != null || items.getProperties() == null) {
                continue;
            }
            components.getSchemas().entrySet().stream()
                    .filter(c -> c.getValue().getProperties() != null
                            && c.getValue().getProperties().keySet().equals(items.getProperties().keySet())
                            && Objects.equals(c.getValue().getDescription(), items.getDescription()))
                    .findFirst()
                    .ifPresent(c -> array.setItems(OASFactory.createSchema().ref("#/components/schemas/" + c.getKey())));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.removeSchema("java.time.Instant");
        // a severity is written as its lower-case code (JsonbSettings), not as the enum constant the scanner saw
        Schema severity = components.getSchemas() == null ? null : components.getSchemas().get("Severity");
        if (severity != null) {
            severity.setEnumeration(new ArrayList<>(Arrays.stream(Severity.values())
                    .map(Severity::code).toList()));
            severity.setDescription("error: a rule is broken, the figure is refused; warning: computed, act or"
                    + " justify; info: worth knowing");
        }
        // the scanner leaves a second, unreferenced copy of some renamed records (Row, Row1): not part of the API
        new ArrayList<>(components.getSchemas().keySet()).stream().filter(name -> !referenced.contains(name))
                .forEach(components::removeSchema);
        STANDARD.forEach((status, named) -> components.addResponse(named[0], OASFactory.createAPIResponse()
                .description(named[1]).content(problemContent())));
        components.addHeader("ETag", OASFactory.createHeader().description("The entity tag of the resource's current"
                + " state; send it as If-Match to write only if nobody changed it since")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        components.addHeader(PageLinks.TOTAL, OASFactory.createHeader().description("The number of items of the"
                + " whole list, of which this answer is the page ?offset, ?limit")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64").minimum(
                        BigDecimal.ZERO)));
        components.addHeader("Link", OASFactory.createHeader().description("RFC 8288 links to the first, prev, next"
                + " and last pages, e.g. </api/organisations?offset=500&limit=500>; rel=\"next\" (prev absent on the"
                + " first page, next on the last)").schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                .description("the server that serves this document"))));

        Map<String, String> names = new HashMap<>();
        Set<String> conditional = new HashSet<>();
        forEachOperation(openAPI, (path, method, op) -> {
            if (takesIfMatch(op)) {
                conditional.add(path);
            }
            jsonBodyFirst(op);
            itemsByReference(op, components);
        });
        forEachOperation(openAPI, (path, method, op) -> {
            if (takesIfMatch(op)) {
                // in place, not a $ref: generators' validators count a referenced header parameter as a duplicate
                // (the scanner may list the declared one twice)
                List<Parameter> params = new ArrayList<>(op.getParameters());
                params.removeIf(p -> IF_MATCH_REF.equals(p.getRef()));
                params.add(ifMatch());
                op.setParameters(params);
            }
            if (conditional.contains(path) && (takesIfMatch(op) || method == PathItem.HttpMethod.GET)) {
                withETag(op);
            }
            if (method == PathItem.HttpMethod.GET && paged(op)) {
                withPageHeaders(op);
            }
            String id = operationId(op.getOperationId());
            String taken = names.put(id, method + " " + path);
            if (taken != null) {
                throw new IllegalStateException("operationId " + id + " of " + method + " " + path + " is that of "
                        + taken + " too: rename one of the Java methods");
            }
            op.setOperationId(id);
            complete(path, method, op);
        });
    }

    interface OperationVisitor {
        void visit(String path, PathItem.HttpMethod method, Operation op);
    }

    /** in path order, so that names are assigned the same way at every build */
    static void forEachOperation(OpenAPI openAPI, OperationVisitor visitor) {
        new TreeMap<>(openAPI.getPaths().getPathItems()).forEach((path, item) ->
                new TreeMap<>(item.getOperations()).forEach((method, op) -> visitor.visit(path, method, op)));
    }

    /** "PassportResource_create" → "passportCreate", "MkiProjectResource_addLine" → "mkiProjectAddLine" */
    static String operationId(String classAndMethod) {
        int sep = classAndMethod.indexOf('_');
        String type = classAndMethod.substring(0, sep).replaceFirst("Resource$", "");
        String method = classAndMethod.substring(sep + 1);
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op) {
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        if (!secured) {
            op.setSecurity(new ArrayList<>());
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        // every error answer is a problem, also those declared without a body or as plain JSON
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            if (e.getKey().matches("[45]\\d\\d") && e.getValue().getRef() == null) {
                asProblem(e.getValue(), path);
            } else if (e.getValue().getContent() != null && e.getValue().getContent().getMediaTypes() != null) {
                e.getValue().getContent().getMediaTypes().forEach(OpenApiContract::fileSchema);
            }
        }
        List<String> add = new ArrayList<>(List.of("400", "503"));
        if (secured) {
            add.add("401");
            add.add("403");
        }
        if (path.contains("{")) {
            add.add("404");
        }
        if (WRITES.contains(method)) {
            add.add("409");
        }
        if (op.getRequestBody() != null) {
            add.add("413");
            add.add("415");
        }
        if (takesIfMatch(op)) {
            add.add("412");
        }
        for (String status : add) {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse()
                        .ref("#/components/responses/" + STANDARD.get(status)[0]));
            }
        }
        // declared order: by status
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    /** what a resource method declares with {@code @Parameter(name = "If-Match", in = HEADER, ref = "IfMatch")} */
    static final String IF_MATCH_REF = "#/components/parameters/IfMatch";

    static Parameter ifMatch() {
        return OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER).required(false)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)).example("\"passport-3\"")
                .description("The ETag of the resource as you read it: the write is refused with 412 when someone"
                        + " changed the resource since. Without it the write is accepted (docs/api-errors.md)");
    }

    /** a file answer (PDF, workbook, text) declared without a schema: a client reads it as bytes or text */
    private static void fileSchema(String media, MediaType type) {
        if (type.getSchema() == null && !media.contains("json")) {
            type.setSchema(media.startsWith("text/") ? OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    : OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
        }
    }

    static boolean takesIfMatch(Operation op) {
        return op.getParameters() != null && op.getParameters().stream().anyMatch(p ->
                IF_MATCH_REF.equals(p.getRef())
                        || p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    /** the successful answers of a resource that takes If-Match carry its ETag */
    /** a list answered one page at a time ({@link Paging}): it takes ?limit */
    private static boolean paged(Operation op) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> "limit".equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
    }

    private static void withPageHeaders(Operation op) {
        APIResponse ok = op.getResponses().getAPIResponse("200");
        if (ok != null && ok.getRef() == null) {
            ok.addHeader(PageLinks.TOTAL, OASFactory.createHeader().ref("#/components/headers/" + PageLinks.TOTAL));
            ok.addHeader("Link", OASFactory.createHeader().ref("#/components/headers/Link"));
        }
    }

    private static void withETag(Operation op) {
        op.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null && response.getContent() != null) {
                response.addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/ETag"));
            }
        });
    }

    private static void asProblem(APIResponse response, String path) {
        Content content = response.getContent();
        MediaType problem = null;
        if (content != null && content.getMediaTypes() != null) {
            problem = content.getMediaType(Problem.MEDIA_TYPE);
            if (problem == null) {
                problem = content.getMediaType("application/json");
            }
        }
        if (problem == null) {
            problem = OASFactory.createMediaType();
        }
        problem.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (problem.getExamples() != null) {
            problem.getExamples().values().forEach(example -> example.setValue(asAnswered(example.getValue(), path)));
        }
        Content fresh = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        response.setContent(fresh);
    }

    /**
     * An example problem as the server answers it: its type resolved on the server (here an example host) and the
     * request's path as instance. The resources write their examples with the type's slug only in mind.
     */
    @SuppressWarnings("unchecked")
    static Object asAnswered(Object value, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        Map<String, Object> answered = new LinkedHashMap<>((Map<String, Object>) map);
        if (answered.get("type") instanceof String type) {
            answered.put("type", EXAMPLE_BASE + type.substring(type.lastIndexOf('/') + 1));
        }
        answered.putIfAbsent("instance", path.replaceAll("\\{[^}]*}", "1"));
        return answered;
    }

    static final String EXAMPLE_BASE = "https://register.example.nl/problems/";

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
