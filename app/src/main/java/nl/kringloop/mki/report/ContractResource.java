package nl.kringloop.mki.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.platform.JsonInput;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code /api/mki/projects/{id}/contract}: what the contract prescribes for the project's MKI (RWS-MKI 4.0 §1.2, §1.4, §4.2a). */
@Path("mki/projects/{id}/contract")
@RequestScoped
@Tag(name = "mki-reports")
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    MkiReporting reporting;

    /** The contract settings as returned. */
    @Schema(name = "MkiContract", description = "promisedMkiEuro, awardValuePerEuroMki (euro of award advantage per"
            + " euro MKI), penaltyFactor (e.g. 1.5), contractNumber, client, contractor, bepalingsmethodeVersion,"
            + " ecoinventVersion, asBuiltProtocol (the contract applies the As Built protocol, §2.4), the plan texts"
            + " demonstration (§4.2f), lcaExperts (§4.2g), changeHandling (§4.2h), clientAlignment (§4.2i),"
            + " restscopeMonitoring (§4.1); and from the project document protocolVersion, nmdVersion, sections,"
            + " serviceLifeYears")
    public record ContractView(Double promisedMkiEuro, Double awardValuePerEuroMki, Double penaltyFactor,
                               String contractNumber, String client, String contractor, String bepalingsmethodeVersion,
                               String ecoinventVersion, Boolean asBuiltProtocol, String demonstration, String lcaExperts,
                               String changeHandling, String clientAlignment, String restscopeMonitoring,
                               String protocolVersion, String nmdVersion, List<String> sections,
                               Double serviceLifeYears) {
    }

    @GET
    @Operation(summary = "Show the contract settings")
    @APIResponse(responseCode = "200", description = "the settings", content = @Content(
            schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "404", description = "no such project",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject show(@PathParam("id") String id) {
        return reporting.contract(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set the contract settings", description = "Replaces the contract settings; protocolVersion,"
            + " nmdVersion, sections and serviceLifeYears change the project document, where the calculation reads"
            + " them. With an award model every report shows the exposure max(0, forecast − promised) ×"
            + " awardValuePerEuroMki × penaltyFactor, labelled as the contract's. Needs role calculator or admin.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "200", description = "stored", content = @Content(
            schema = @Schema(implementation = ContractView.class)))
    @APIResponse(responseCode = "400", description = "a field is wrong (named); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "no valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JsonObject put(@PathParam("id") String id, String body) {
        return reporting.putContract(id, JsonInput.object(JsonInput.parse(body), ""));
    }
}
