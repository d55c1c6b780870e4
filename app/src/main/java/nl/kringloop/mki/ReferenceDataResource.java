package nl.kringloop.mki;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.kringloop.api.mki.MkiReferenceData;
import nl.kringloop.api.mki.ReferenceDataSet;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.HostedExtension;
import nl.kringloop.platform.PluginHost;
import nl.kringloop.platform.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/mki/reference/{id}}: reference data shipped by a protocol plugin, shown as published with the
 * findings of its load-time check — e.g. {@code annex-c}, Annex C "MKI waarden HVO". The host only displays it;
 * which tables exist and what they mean is the plugin's business.
 */
@Path("mki/reference")
@RequestScoped
@Tag(name = "mki")
public class ReferenceDataResource {

    @Inject
    PluginHost host;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Show a reference data set of a protocol plugin, e.g. annex-c",
            description = "The tables exactly as published (printed figures and their numbers) with their source, and"
                    + " the data-quality findings of the load-time check: for Annex C, rows whose phases do not add up"
                    + " to the Total within the rounding of the printed figures (the truck rows, whose B column repeats"
                    + " A4). Figures are never corrected.")
    @APIResponse(responseCode = "200", description = "the data set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferenceDataSet.class)))
    @APIResponse(responseCode = "404", description = "no loaded plugin ships a data set with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferenceDataSet get(@Parameter(description = "data set id", example = "annex-c") @PathParam("id") String id) {
        HostedExtension<MkiReferenceData> ext = host.extension(MkiReferenceData.class, id)
                .orElseThrow(() -> DomainException.unknown("reference data set", id));
        return host.call(ext, "data()", MkiReferenceData::data);
    }
}
