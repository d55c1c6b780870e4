package nl.kringloop.circularity;

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
import jakarta.ws.rs.core.Response;
import nl.kringloop.api.Finding;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.CircularityMethod;
import nl.kringloop.api.circularity.CircularityResult;
import nl.kringloop.api.circularity.Term;
import nl.kringloop.platform.HostedExtension;
import nl.kringloop.platform.MethodView;
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

/**
 * {@code /api/circularity}: circularity methods (CPF/CPFx, EMF MCI) applied to a bill of materials, and the
 * steps of the CPF guide. Refusals shared by every method and those of the method itself are 400 problems
 * naming the field; the calculation runs in the plugin through {@link PluginHost#call}.
 */
@Path("circularity")
@RequestScoped
@Tag(name = "circularity", description = "Circularity of a product or component from its bill of materials:"
        + " Kringloop CPF/CPFx (a separately labelled method, not a guideline score) and the EMF MCI")
@Produces(MediaType.APPLICATION_JSON)
public class CircularityResource {

    /** The answer of {@code POST /api/circularity/{method}}. */
    @Schema(name = "CircularityResult")
    public record Result(MethodView method,
                         @Schema(example = "urn:gtin:08712345678906") String productId, String name,
                         @Schema(example = "PRODUCT", enumeration = {"PRODUCT", "COMPONENT"}) String subject,
                         @Schema(example = "CPF", description = "CPF (product), CPFx (component) or MCI")
                         String indicator,
                         @Schema(example = "Kringloop CPF 1.1", description = "the method and its version; results"
                                 + " of an earlier version keep its label (docs/methods/cpf.md, history)")
                         String formula,
                         @Schema(description = "the value, 0–100 %, 100 % best, unrounded", example = "76.0869565")
                         double scorePercent,
                         @Schema(description = "true when market averages were used: label the value indicative")
                         boolean indicative,
                         @Schema(description = "false when a claimed share names neither a source nor a proof"
                                 + " document (CPF guide step 3): label the value unproven")
                         boolean proven,
                         @Schema(description = "every term of the formula, totals (subject null) and per line")
                         List<Term> terms,
                         @Schema(description = "warnings and notes, e.g. a mass mismatch above 5 %")
                         List<Finding> findings) {
    }

    @Inject
    PluginHost host;

    @Inject
    CircularityService circularity;

    @GET
    @Operation(summary = "List the circularity methods", description = "Every CircularityMethod extension of every"
            + " loaded plugin, with plugin, version, state and the rules it implements.")
    @APIResponse(responseCode = "200", description = "the methods", content = @Content(
            schema = @Schema(implementation = MethodView.class, type = SchemaType.ARRAY)))
    public List<MethodView> list() {
        return host.extensions(CircularityMethod.class).stream().map(e -> MethodView.of(e, null)).toList();
    }

    @GET
    @Path("cpf/steps")
    @Operation(summary = "The eight steps of the CPF guide",
            description = "Each step of the Circular Product Footprint guide with the fields of the bill of"
                    + " materials (and of the result) that implement it.")
    @APIResponse(responseCode = "200", description = "steps 1–8", content = @Content(
            schema = @Schema(implementation = CpfSteps.Step.class, type = SchemaType.ARRAY)))
    public List<CpfSteps.Step> cpfSteps() {
        return CpfSteps.STEPS;
    }

    @GET
    @Path("{method}")
    @Operation(summary = "Show a circularity method")
    @APIResponse(responseCode = "200", description = "the method",
            content = @Content(schema = @Schema(implementation = MethodView.class)))
    @APIResponse(responseCode = "404", description = "no such method",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MethodView show(@PathParam("method") @Parameter(example = "cpf") String method) {
        return MethodView.of(circularity.method(method), null);
    }

    // a calculation, not a write: public like every read
    @PermitAll
    @POST
    @Path("{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compute a circularity value from a bill of materials",
            description = "Body: the bill of materials (CPF guide steps 1–7). Masses in grams (…Gram), shares as"
                    + " fractions 0–1 (…Share; 0.3 = 30 %). subject PRODUCT gives the CPF (disassemblies and their"
                    + " end-of-life scenario count), COMPONENT the CPFx. Answer: the value 0–100 % with every term,"
                    + " findings, whether it is indicative, and the method, plugin and version that computed it."
                    + " Method cpf: the published Kringloop CPF (docs/methods/cpf.md); emf-mci: the EMF Material"
                    + " Circularity Indicator 2015, which also needs feedstockRecyclingEfficiency (E_F) for recycled"
                    + " input, recyclingEfficiency (E_C) for recycled disassemblies, and optionally utility.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BillOfMaterials.class)))
    @APIResponse(responseCode = "200", description = "the value with its terms", content = @Content(
            schema = @Schema(implementation = Result.class)))
    @APIResponse(responseCode = "400", description = "malformed JSON, a wrong type, or a refused value: shares over"
            + " 1, a supplier CPFx beside secondary shares, negative masses, composting without a standard, E_F = 0"
            + " with recycled input", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such method",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "the plugin failed or timed out",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Result calculate(@PathParam("method") @Parameter(example = "cpf") String method, String body) {
        return circularity.compute(method, body);
    }

    @GET
    @Path("bill-of-materials.xlsx")
    @Produces(BillOfMaterialsSheet.MEDIA_TYPE)
    @Operation(summary = "Download the bill-of-materials spreadsheet template",
            description = "The columns of the CPF guide's \"CPFx calculation\" sheet: component, supplier, unit, unit"
                    + " weight, units per product, CPFx known from supplier and its value, recycled / reused /"
                    + " renewable shares each with source and proof files, market average, production waste and its"
                    + " processing; a sheet Disassemblies with the end-of-life scenario; a sheet Product with the"
                    + " product id, name and subject. Fill it in and POST it to /api/circularity/{method}.")
    @APIResponse(responseCode = "200", description = "the template", content = @Content(
            mediaType = BillOfMaterialsSheet.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        return Response.ok(BillOfMaterialsSheet.template(), BillOfMaterialsSheet.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"bill-of-materials.xlsx\"").build();
    }

    // a calculation, not a write: public like every read
    @PermitAll
    @POST
    @Path("{method}")
    @Consumes(BillOfMaterialsSheet.MEDIA_TYPE)
    @Operation(summary = "Compute a circularity value from a filled bill-of-materials spreadsheet",
            description = "Body: the template of GET /api/circularity/bill-of-materials.xlsx, filled in. The answer is"
                    + " the same as for the JSON form of the same bill. Every bad cell is a 400 naming its sheet, row"
                    + " and column (errors[].field is a reference like 'CPFx calculation!E3'); refused values (a"
                    + " share above 1, a compostability standard that names none) point at the cell they came from.")
    @RequestBody(required = true, content = @Content(mediaType = BillOfMaterialsSheet.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "the value with its terms",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Result.class)))
    @APIResponse(responseCode = "400", description = "not a workbook of the template, or bad cells (every one listed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no such method",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Result calculateSheet(@PathParam("method") @Parameter(example = "cpf") String method, byte[] body) {
        HostedExtension<CircularityMethod> ext = circularity.method(method);
        BillOfMaterialsSheet.Read read = BillOfMaterialsSheet.read(body == null ? new byte[0] : body);
        return circularity.compute(ext, read.bill(), read::locate);
    }
}
