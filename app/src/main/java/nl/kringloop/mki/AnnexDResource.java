package nl.kringloop.mki;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.PageLinks;
import nl.kringloop.platform.Paging;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code /api/mki/reference/annex-d}: the client's Annex D spreadsheet (capital goods of sea-going dredgers,
 * RWS-MKI 4.0 §3.2.3b-I) imported as versioned reference sets. Layout: {@code docs/mki-annex-d.md}. Vessel lines
 * use a row as card {@code annex-d:<version>:<row id>}.
 */
@Path("mki/reference/annex-d")
@RequestScoped
@Tag(name = "mki")
public class AnnexDResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PageLinks pageLinks;

    @Inject
    AnnexDRepository repository;

    /** A stored version, without its rows. */
    @Schema(name = "AnnexDVersion")
    public record Version(@Schema(example = "1") int version, Instant importedAt, String fileName,
                          String contentSha256, int rows) {
        static Version of(AnnexDSet s) {
            return new Version(s.version(), s.importedAt(), s.fileName(), s.contentSha256(), s.rows().size());
        }
    }

    /** A stored version with its rows. */
    @Schema(name = "AnnexDSet")
    public record VersionWithRows(Version version, List<AnnexDImporter.Row> rows) {
    }

    @POST
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CALCULATOR, Roles.ADMIN})
    @Operation(summary = "Import the client's Annex D spreadsheet as the next version",
            description = "XLSX (first sheet) or CSV (comma or semicolon). Columns: id, vessel, energy_carrier, unit,"
                    + " module, then one column per indicator code (characterised value per unit). One transaction:"
                    + " when any row is bad nothing is stored and the 400 lists every bad row.")
    @APIResponse(responseCode = "201", description = "stored as the next version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Version.class)))
    @APIResponse(responseCode = "400", description = "a bad header or bad rows: every bad row listed, nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importSet(byte[] content, @HeaderParam("X-File-Name") String fileName) {
        List<AnnexDImporter.Row> rows = AnnexDImporter.read(content);
        AnnexDSet set = repository.store(rows, fileName, sha256(content));
        return Response.created(URI.create("mki/reference/annex-d/" + set.version())).entity(Version.of(set)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the stored Annex D versions")
    @APIResponse(responseCode = "200", description = "every stored version, oldest first, without rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                            implementation = Version.class)))
    public List<Version> versions(@QueryParam("offset") @Parameter(description = Paging.DESCRIPTION) Integer offset,
                                  @QueryParam("limit") Integer limit) {
        return pageLinks.pageOf(repository.versions(), offset, limit).stream().map(Version::of).toList();
    }

    @GET
    @Path("{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Show one stored Annex D version with its rows")
    @APIResponse(responseCode = "200", description = "the version and its rows as imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionWithRows.class)))
    @APIResponse(responseCode = "404", description = "no such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionWithRows version(@PathParam("version") int version) {
        AnnexDSet s = repository.version(version)
                .orElseThrow(() -> DomainException.unknown("Annex D version", Integer.toString(version)));
        return new VersionWithRows(Version.of(s), s.rows().stream().map(AnnexDRowEntity::row).toList());
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
