package nl.kringloop.impact;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.api.Finding;
import nl.kringloop.api.impact.CharacterisedValue;
import nl.kringloop.api.impact.Factor;
import nl.kringloop.api.impact.FactorFile;
import nl.kringloop.api.impact.ImpactMethod;
import nl.kringloop.api.impact.ImpactProfile;
import nl.kringloop.api.impact.ImpactResult;
import nl.kringloop.api.impact.ImpactTerm;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.HostedExtension;
import nl.kringloop.platform.MethodView;
import nl.kringloop.platform.PluginHost;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Refusals;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * {@code /api/methods}: impact methods (PEF EF 3.1 single score, ReCiPe 2016 damage to ecosystems) applied to
 * an impact profile; every answer names the plugin, its version and the factor file with its source.
 */
@Path("methods")
@RequestScoped
@Tag(name = "impact methods", description = "Single scores and endpoint damage from midpoint impact profiles:"
        + " PEF EF 3.1 (CPP B1), ReCiPe 2016 ecosystems (CPP B2.1)")
@Produces(MediaType.APPLICATION_JSON)
public class ImpactMethodResource {

    /** A method with its factors. */
    @Schema(name = "ImpactMethodFactors")
    public record FactorsView(MethodView method, List<Factor> factors) {
    }

    /** The answer of {@code POST /api/methods/{method}/apply}. */
    @Schema(name = "ImpactMethodResult")
    public record Result(MethodView method,
                         @Schema(example = "PEF EF 3.1 single score") String formula,
                         @Schema(description = "single score or total, unrounded; absent when the method gives only"
                                 + " characterised values", example = "0.0407994369") Double score,
                         @Schema(example = "EF 3.1 single score") String scoreName,
                         @Schema(example = "Pt") String scoreUnit,
                         List<CharacterisedValue> characterised,
                         @Schema(description = "per-indicator contributions with the factors applied")
                         List<ImpactTerm> terms,
                         @Schema(description = "data-quality notes: unknown indicators (not counted), flagged or"
                                 + " disputed factors used") List<Finding> notes) {
    }

    @Inject
    PluginHost host;

    @GET
    @Operation(summary = "List the impact methods", description = "Every ImpactMethod extension with plugin, version,"
            + " state and its factor file (id, version, source).")
    @APIResponse(responseCode = "200", description = "the methods", content = @Content(
            schema = @Schema(implementation = MethodView.class, type = SchemaType.ARRAY)))
    public List<MethodView> list() {
        return host.extensions(ImpactMethod.class).stream()
                .map(e -> MethodView.of(e, e.state() == HostedExtension.State.QUARANTINED ? null : factorFile(e)))
                .toList();
    }

    @GET
    @Path("{method}")
    @Operation(summary = "Show an impact method and its factors",
            description = "Every factor with unit, confidence and note; flagged (unconfirmed, disputed) factors say so.")
    @APIResponse(responseCode = "200", description = "the method and its factors",
            content = @Content(schema = @Schema(implementation = FactorsView.class)))
    @APIResponse(responseCode = "404", description = "no such method",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FactorsView show(@PathParam("method") @Parameter(example = "pef-ef31") String method) {
        HostedExtension<ImpactMethod> ext = find(method);
        return new FactorsView(MethodView.of(ext, factorFile(ext)), host.call(ext, "factors()", ImpactMethod::factors));
    }

    // a calculation, not a write: public like every read
    @PermitAll
    @POST
    @Path("{method}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply an impact method to an impact profile",
            description = "Body: midpoint values by the method's indicator codes, each with its unit (a unit that is"
                    + " not the method's is refused). pef-ef31: the 16 EF 3.1 categories (climate-change,"
                    + " ozone-depletion, …) → single score in Pt = Σ (I / NF) · WF. recipe2016: ReCiPe 2016"
                    + " midpoints (climate-change, land-use, terrestrial-acidification, …) → damage to ecosystems in"
                    + " species.yr, per ecosystem and in total. Unknown indicators are not counted and are noted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImpactBodies.Profile.class)))
    @APIResponse(responseCode = "200", description = "the score and its terms", content = @Content(
            schema = @Schema(implementation = Result.class)))
    @APIResponse(responseCode = "400", description = "malformed JSON, a missing value or unit, a unit that is not the"
            + " method's", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such method",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "the plugin failed or timed out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Result apply(@PathParam("method") @Parameter(example = "pef-ef31") String method, String body) {
        HostedExtension<ImpactMethod> ext = find(method);
        ImpactProfile profile = ImpactProfileReader.read(body);
        Refusals.refuseErrors(host.call(ext, "validate(profile)", m -> m.validate(profile)));
        ImpactResult r = host.call(ext, "apply(profile)", m -> m.apply(profile));
        return new Result(MethodView.of(ext, r.factorFile()), r.method(), r.score(), r.scoreName(), r.scoreUnit(),
                r.characterised(), r.terms(), r.notes());
    }

    private FactorFile factorFile(HostedExtension<ImpactMethod> ext) {
        return host.call(ext, "factorFile()", ImpactMethod::factorFile);
    }

    private HostedExtension<ImpactMethod> find(String id) {
        return host.extension(ImpactMethod.class, id)
                .orElseThrow(() -> DomainException.unknown("Impact method", id));
    }
}
