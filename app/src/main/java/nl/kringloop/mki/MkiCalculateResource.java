package nl.kringloop.mki;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.platform.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/mki/calculate}: the stateless calculation — a project document in, the result out. */
@Path("mki/calculate")
@RequestScoped
@Tag(name = "mki")
public class MkiCalculateResource {

    static final String EXAMPLE_DOCUMENT = """
            {"name": "N201 groot onderhoud", "protocolVersion": "4.0", "weighting": "nmd-set-1",
             "serviceLifeYears": 50, "nmdVersion": "3.5",
             "cards": [{"id": "c-ac16", "name": "Asphalt concrete AC16", "dataCategory": "3", "unit": "t",
                        "lifespanYears": 25, "representative": true, "libraryVersion": "3.5",
                        "impacts": {"A1-A3": {"GWP": 52.1, "AP": 0.21}, "A4": {"GWP": 4.0}, "A5": {"GWP": 2.0},
                                    "C1": {"GWP": 1.0}, "D": {"GWP": -3.0}}}],
             "objects": [{"id": "o1", "name": "Hoofdrijbaan"}, {"id": "gw", "name": "Grondwerk", "earthwork": true}],
             "lines": [{"id": "L1", "object": "o1", "card": "c-ac16", "quantity": 1200, "unit": "t",
                        "flow": "entering"}]}""";

    @Inject
    MkiCalculationService service;

    // a calculation, not a write: public like every read
    @PermitAll
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Calculate the MKI of a project document",
            description = "docs/mki.md: per line, quantity × card MKI per unit (weighted per LCA module with the"
                    + " document's shadow-price set) × the factors of the protocol rules loaded as plugins for the"
                    + " document's protocol version (category 3 mark-up, scope, replacements …), summed per module,"
                    + " per object and in total. Well-formed documents that break protocol rules give 200 with"
                    + " findings and valid:false; malformed documents give 400 naming the field. The result names"
                    + " every plugin and version used: the same document gives the same result to the last digit.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MkiBodies.Document.class),
            examples = @ExampleObject(name = "one asphalt line", value = EXAMPLE_DOCUMENT)))
    @APIResponse(responseCode = "200", description = "the result, valid or with error findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MkiResult.class),
                    examples = @ExampleObject(name = "result", value = """
                            {"valid": true, "name": "N201 groot onderhoud", "totalMkiEuro": 8748.0,
                             "byModule": {"A1-A3": 8268.0, "A4": 480.0, "A5": 240.0, "C1": 120.0, "D": -360.0},
                             "byObject": [{"id": "o1", "name": "Hoofdrijbaan", "earthwork": false,
                                           "mkiEuro": 8748.0, "subtreeMkiEuro": 8748.0}],
                             "lines": [{"id": "L1", "object": "o1", "card": "c-ac16", "quantity": 1200.0, "unit": "t",
                                        "status": "counted", "mkiEuro": 8748.0,
                                        "byModule": {"A1-A3": 8268.0, "A4": 480.0, "A5": 240.0, "C1": 120.0, "D": -360.0},
                                        "factors": [{"rule": "RWS-MKI 4.0 §1.3", "name": "replacements: 50.0 / 25.0 years",
                                                     "value": 2.0, "plugin": "mki-rws-protocol 0.1.0"}],
                                        "findings": []}],
                             "findings": [],
                             "method": {"protocol": "RWS-MKI 4.0",
                                        "plugins": [{"id": "mki-rws-protocol", "version": "0.1.0"},
                                                    {"id": "mki-weighting", "version": "0.1.0"}],
                                        "weighting": {"id": "nmd-set-1", "version": "2024.1",
                                                      "plugin": "mki-weighting", "pluginVersion": "0.1.0"}}}""")))
    @APIResponse(responseCode = "400", description = "malformed document: not JSON, a wrong type, an unknown card or"
            + " object, a negative quantity, a unit that is not the card's, an unknown module or flow, a duplicate id,"
            + " an unknown weighting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "negative quantity", value = """
                            {"type": "https://kringloop.nl/problems/invalid-field", "title": "Invalid field",
                             "status": 400, "detail": "lines[12].quantity: must not be negative (-5.0)",
                             "field": "lines[12].quantity"}""")))
    @APIResponse(responseCode = "503", description = "the shadow-price set's plugin failed or timed out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MkiResult calculate(String body) {
        return service.calculate(body);
    }
}
