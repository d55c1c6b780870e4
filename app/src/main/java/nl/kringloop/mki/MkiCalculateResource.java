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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;

/** {@code POST /api/mki/calculate}: the stateless calculation — a project document in, the result out. */
@Path("mki/calculate")
@RequestScoped
@Tag(name = "mki")
public class MkiCalculateResource {

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
            schema = @Schema(implementation = MkiBodies.Document.class)))
    @APIResponse(responseCode = "200", description = "the result, valid or with error findings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MkiResult.class)))
    @APIResponse(responseCode = "400", description = "malformed document: not JSON, a wrong type, an unknown card or"
            + " object, a negative quantity, a unit that is not the card's, an unknown module or flow, a duplicate id,"
            + " an unknown weighting",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "the shadow-price set's plugin failed or timed out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MkiResult calculate(InputStream body) throws IOException {
        // the bytes as the input limits read and checked them: parsed as UTF-8 without a decoded copy
        return service.calculate(body.readAllBytes());
    }
}
