package nl.kringloop.mki;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.api.Finding;
import nl.kringloop.api.LcaModule;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.ShadowPrice;
import nl.kringloop.api.mki.ShadowPriceSet;
import nl.kringloop.mki.engine.Weighting;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.FiniteNumbers;
import nl.kringloop.platform.HostedExtension;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.PluginHost;
import nl.kringloop.platform.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

/** {@code /api/methodologies/weightings}: the shadow-price sets plugins provide, and applying one to a profile. */
@Path("methodologies/weightings")
@RequestScoped
@Tag(name = "weighting")
@Produces(MediaType.APPLICATION_JSON)
public class WeightingResource {

    /** Which data, plugin and version produced a figure. */
    @Schema(name = "WeightingProvenance")
    public record Provenance(@Schema(example = "nmd-set-1") String id, String name,
                             @Schema(example = "2024.1") String version, String source,
                             @Schema(example = "mki-weighting") String plugin, String pluginVersion,
                             List<String> implementsRules) {
    }

    @Schema(name = "WeightingSummary")
    public record Summary(String id, String name, String plugin, String pluginVersion,
                          @Schema(example = "AVAILABLE") String state, String reason) {
    }

    /** A price as shown to users, with whether it must be read with care. */
    @Schema(name = "ShadowPrice")
    public record Price(@Schema(example = "GWP") String indicator, String name,
                        @Schema(example = "kg CO2-eq") String unit,
                        @Schema(description = "euro per unit of impact; absent when the price is missing",
                                example = "0.05") Double euroPerUnit,
                        @Schema(example = "HIGH", enumeration = {"HIGH", "MEDIUM", "UNCONFIRMED", "MISSING",
                                "NOT_WEIGHTED"}) String confidence,
                        @Schema(description = "true when the figure is unconfirmed, missing or not weighted")
                        boolean flagged, String note) {
    }

    @Schema(name = "ShadowPriceSet")
    public record SetView(Provenance weighting, List<Price> prices) {
    }

    @Schema(name = "WeightingResult")
    public record ApplyResult(Provenance weighting,
                              @Schema(description = "MKI in euro, unrounded", example = "6.5") double totalMkiEuro,
                              @Schema(description = "MKI euro per LCA module", example = "{\"A1-A3\": 7.0, \"D\": -0.5}")
                              Map<String, Double> byModule,
                              List<Weighting.Contribution> contributions,
                              @Schema(description = "data-quality notes: unknown, unconfirmed, missing or unweighted"
                                      + " indicators that were used") List<Finding> notes) {
    }

    @Inject
    PluginHost host;

    @GET
    @Operation(summary = "List the shadow-price sets", description = "Every ImpactWeighting extension of every"
            + " loaded plugin, with its state.")
    @APIResponse(responseCode = "200", description = "the sets", content = @Content(
            schema = @Schema(implementation = Summary.class, type = SchemaType.ARRAY)))
    public List<Summary> list() {
        return host.extensions(ImpactWeighting.class).stream()
                .map(e -> new Summary(e.id(), e.info().name(), e.pluginId(), e.pluginVersion(), e.state().name(),
                        e.lastFailure()))
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Show a shadow-price set", description = "Every indicator with unit, euro per unit,"
            + " confidence and the source of the data file. Unconfirmed and missing figures are flagged.")
    @APIResponse(responseCode = "200", description = "the set", content = @Content(
            schema = @Schema(implementation = SetView.class)))
    @APIResponse(responseCode = "404", description = "no such set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "the plugin failed or timed out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SetView show(@PathParam("id") @Parameter(example = "nmd-set-1") String id) {
        HostedExtension<ImpactWeighting> ext = find(id);
        ShadowPriceSet set = load(ext);
        return new SetView(provenance(ext, set), set.prices().stream().map(WeightingResource::view).toList());
    }

    // a calculation, not a write: public like every read
    @PermitAll
    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Weight an impact profile to MKI euro",
            description = "Body: impact values per LCA module (A1-A3, A1…A5, B1…B7, C1…C4, D) per indicator code of"
                    + " the set, in the indicator's unit per functional unit. Answer: MKI euro per module and in total"
                    + " (RWS-MKI 4.0 §1.1), with data-quality notes for unknown, unconfirmed or missing indicators.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT,
                    description = "module code → (indicator code → value)",
                    additionalProperties = MkiBodies.IndicatorValues.class)))
    @APIResponse(responseCode = "200", description = "the MKI", content = @Content(
            schema = @Schema(implementation = ApplyResult.class)))
    @APIResponse(responseCode = "400", description = "malformed JSON, unknown module, a value that is not a number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such set",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplyResult apply(@PathParam("id") String id, String body) {
        Map<LcaModule, Map<String, Double>> profile = parseProfile(JsonInput.parse(body));
        HostedExtension<ImpactWeighting> ext = find(id);
        ShadowPriceSet set = load(ext);
        Weighting.WeightedProfile w = Weighting.apply(set, profile);
        FiniteNumbers.require(w, "result", "the module values");
        return new ApplyResult(provenance(ext, set), w.totalMkiEuro(), w.byModuleEuro(), w.contributions(), w.notes());
    }

    /**
     * Parses {@code {"A1-A3": {"GWP": 100}}} as a card's impacts are read in a project document, with the same
     * refusals (an unknown module, a value that is not a number, A1-A3 together with A1/A2/A3), naming the path.
     */
    static Map<LcaModule, Map<String, Double>> parseProfile(JsonValue json) {
        return ProjectDocumentReader.impacts(JsonInput.object(json, ""), "");
    }

    private HostedExtension<ImpactWeighting> find(String id) {
        return host.extension(ImpactWeighting.class, id)
                .orElseThrow(() -> DomainException.unknown("Shadow-price set", id));
    }

    private ShadowPriceSet load(HostedExtension<ImpactWeighting> ext) {
        return host.call(ext, "shadowPriceSet()", ImpactWeighting::shadowPriceSet);
    }

    static Provenance provenance(HostedExtension<ImpactWeighting> ext, ShadowPriceSet set) {
        return new Provenance(set.id(), set.name(), set.version(), set.source(), ext.pluginId(), ext.pluginVersion(),
                ext.info().implementsRules().stream().map(Object::toString).toList());
    }

    private static Price view(ShadowPrice p) {
        return new Price(p.indicator(), p.name(), p.unit(), p.euroPerUnit(), p.confidence().name(),
                p.confidence().flagged(), p.note());
    }
}
