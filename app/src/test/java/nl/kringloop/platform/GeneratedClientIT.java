package nl.kringloop.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import nl.kringloop.client.ApiClient;
import nl.kringloop.client.ApiException;
import nl.kringloop.client.api.MkiApi;
import nl.kringloop.client.api.MkiProjectsApi;
import nl.kringloop.client.api.OrganisationsApi;
import nl.kringloop.client.api.PassportsApi;
import nl.kringloop.client.model.Completeness;
import nl.kringloop.client.model.Feedback;
import nl.kringloop.client.model.FeedbackRequest;
import nl.kringloop.client.model.IssuedToken;
import nl.kringloop.client.model.MkiCard;
import nl.kringloop.client.model.MkiLine;
import nl.kringloop.client.model.MkiObject;
import nl.kringloop.client.model.MkiProject;
import nl.kringloop.client.model.MkiProjectCreate;
import nl.kringloop.client.model.MkiProjectDocument;
import nl.kringloop.client.model.MkiResult;
import nl.kringloop.client.model.MkiVariantComparison;
import nl.kringloop.client.model.MkiVariantRequest;
import nl.kringloop.client.model.Organisation;
import nl.kringloop.client.model.OrganisationRequest;
import nl.kringloop.client.model.Passport;
import nl.kringloop.client.model.PassportAmount;
import nl.kringloop.client.model.PassportDocument;
import nl.kringloop.client.model.PassportProduct;
import nl.kringloop.client.model.PassportReferenceLists;
import nl.kringloop.client.model.PassportValues;
import nl.kringloop.client.model.PassportVersionInfo;
import nl.kringloop.client.model.PassportYears;
import nl.kringloop.client.model.PersonRequest;
import nl.kringloop.client.model.PersonRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The integrator's afternoon, through the Java client generated from the build-time OpenAPI document
 * (openapi-generator, app/pom.xml) and nothing else: no hand-written HTTP, every body and answer a generated type.
 * The client's mapper refuses members its types do not know, so an answer that does not fit its schema fails here.
 */
class GeneratedClientIT {

    private static final String ADMIN_TOKEN = System.getProperty("kringloop.adminToken", "");

    /** a client of the server as a holder of this token (null: anonymous), strict about unknown members */
    static ApiClient client(String token) {
        ApiClient c = new ApiClient();
        c.updateBaseUri(nl.kringloop.platform.ApiClient.BASE_URI);
        c.setObjectMapper(ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true));
        if (token != null) {
            c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        }
        return c;
    }

    @Test
    void theIntegratorFlowRunsThroughTheGeneratedClient() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        // the administrator creates an organisation and a person who submits passports and calculates MKI
        OrganisationsApi admin = new OrganisationsApi(client(ADMIN_TOKEN));
        Organisation org = admin.organisationCreate(new OrganisationRequest().name("Integrator " + suffix)
                .identifier("KvK " + suffix));
        assertThat(org.getId()).isNotBlank();
        IssuedToken issued = admin.organisationAuthorise(org.getId(), new PersonRequest().name("Anna " + suffix)
                .email("anna@example.org").roles(List.of(PersonRole.SUBMITTER, PersonRole.CALCULATOR)));
        assertThat(issued.getToken()).startsWith("kl_");
        assertThat(issued.getPerson().getRoles()).containsExactlyInAnyOrder("submitter", "calculator");

        // the submitter creates a draft with A1.1 materials, a critical raw material and a ZZS substance, and publishes
        PassportsApi submitter = new PassportsApi(client(issued.getToken()));
        PassportDocument document = new PassportDocument()
                .product(new PassportProduct().id("urn:gtin:0871234" + suffix).name("Laptop " + suffix)
                        .manufacturer("Integrator " + suffix).productGroup("ICT hardware"))
                .massGram(1850.0)
                // the lists named, not the newest: other tests publish newer lists with other entries
                .referenceLists(new PassportReferenceLists().crm("eu-crm-2023").zzs("zzs-demo-2025-01"))
                .values(new PassportValues()
                        .A1_1(List.of(
                                new PassportAmount().material("aluminium").cas("7429-90-5").massGram(420.0).method("scale"),
                                new PassportAmount().material("cobalt").cas("7440-48-4").massGram(12.0).method("scale"),
                                new PassportAmount().material("palladium").cas("7440-05-3").massGram(0.2).method("scale"),
                                new PassportAmount().material("solder").cas("7439-92-1").massGram(0.5).method("scale")))
                        .C1_1(new PassportYears().years(6.0)));
        // the JSON import is typed too (the table media types come after it): two drafts at once
        var imported = submitter.passportImportMany(List.of(1, 2).stream().map(i -> new PassportDocument()
                .product(new PassportProduct().name("Imported " + i + " " + suffix))
                .values(new PassportValues().C1_1(new PassportYears().years(5.0)))).toList(), false);
        assertThat(imported.getCount()).isEqualTo(2);
        assertThat(imported.getIds()).hasSize(2).doesNotHaveDuplicates();

        Passport draft = submitter.passportCreate(document);
        assertThat(draft.getStatus()).isEqualTo(Passport.StatusEnum.DRAFT);
        Passport published = submitter.passportPublish(draft.getId(), null);
        assertThat(published.getStatus()).isEqualTo(Passport.StatusEnum.PUBLISHED);
        assertThat(published.getVersion()).isEqualTo(1);

        // anyone reads it, its versions and its completeness
        PassportsApi anyone = new PassportsApi(client(null));
        Passport read = anyone.passportRead(draft.getId(), null);
        assertThat(read.getContentSha256()).isEqualTo(published.getContentSha256()).hasSize(64);
        assertThat(read.getDerived().getCriticalRawMaterials()).extracting(c -> c.getMaterial())
                .contains("aluminium", "cobalt", "palladium");
        assertThat(read.getDerived().getSubstancesOfVeryHighConcern()).extracting(z -> z.getCas())
                .contains("7439-92-1");
        List<PassportVersionInfo> versions = anyone.passportVersions(draft.getId(), null, null);
        assertThat(versions).extracting(PassportVersionInfo::getVersion).containsExactly(1);
        Completeness completeness = anyone.passportCompleteness(draft.getId(), null);
        assertThat(completeness.getVersion()).isEqualTo(1);
        // which codes are required depends on the newest guideline version, which other tests may define
        assertThat(completeness.getGuidelineVersion()).isNotBlank();
        assertThat(completeness.getComplete()).isEqualTo(completeness.getMissingRequired().isEmpty());

        // anonymous feedback
        Feedback feedback = anyone.passportGiveFeedback(draft.getId(), new FeedbackRequest()
                .text("A1.1 lists no copper").code("A1.1").version(1).authorName("Inkoper"));
        assertThat(feedback.getStatus()).isEqualTo(Feedback.StatusEnum.OPEN);

        // an error answer is a typed problem too
        assertThatThrownBy(() -> anyone.passportRead("no-such-passport", null)).isInstanceOfSatisfying(
                ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("/problems/not-found").contains("\"instance\"");
                });

        // MKI: calculate a document, store it as a project, vary it, compare
        MkiProjectDocument mki = new MkiProjectDocument().name("N201 " + suffix).protocolVersion(
                MkiProjectDocument.ProtocolVersionEnum._4_0).weighting("nmd-set-1").serviceLifeYears(50.0)
                .nmdVersion("3.5")
                .cards(List.of(new MkiCard().id("c-ac16").name("Asphalt concrete AC16").unit("t")
                        .dataCategory(MkiCard.DataCategoryEnum._3).lifespanYears(25.0).representative(true)
                        .libraryVersion("3.5").impacts(Map.of("A1-A3", Map.of("GWP", 52.1, "AP", 0.21),
                                "A4", Map.of("GWP", 4.0), "A5", Map.of("GWP", 2.0), "C1", Map.of("GWP", 1.0),
                                "D", Map.of("GWP", -3.0)))))
                .objects(List.of(new MkiObject().id("o1").name("Hoofdrijbaan")))
                .lines(List.of(new MkiLine().id("L1")._object("o1").card("c-ac16").quantity(1200.0).unit("t")
                        .flow(MkiLine.FlowEnum.ENTERING)));
        MkiResult result = new MkiApi(client(null)).mkiCalculateCalculate(mki);
        assertThat(result.getValid()).as(String.valueOf(result.getFindings())).isTrue();
        assertThat(result.getTotalMkiEuro()).isPositive();

        MkiProjectsApi calculator = new MkiProjectsApi(client(issued.getToken()));
        MkiProject project = calculator.mkiProjectCreate(new MkiProjectCreate().name(mki.getName())
                .protocolVersion(MkiProjectCreate.ProtocolVersionEnum._4_0).weighting("nmd-set-1")
                .serviceLifeYears(50.0).nmdVersion("3.5").cards(mki.getCards()).objects(mki.getObjects()).lines(mki.getLines()));
        MkiProject variant = calculator.mkiProjectVariant(project.getProject().getId(),
                new MkiVariantRequest().label("warm asfalt"));
        assertThat(variant.getProject().getVariantOf()).isEqualTo(project.getProject().getId());
        MkiVariantComparison comparison = new MkiProjectsApi(client(null)).mkiProjectCompare(
                project.getProject().getId() + "," + variant.getProject().getId());
        assertThat(comparison.getVariants()).hasSize(2);
    }
}
