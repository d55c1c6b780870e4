package nl.kringloop.passport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a published passport version. JSON-LD follows the UNTP digital product passport vocabulary
 * (REFERENCE.md §9: a W3C verifiable-credential shape with {@code materialsProvenance}, {@code circularityScorecard},
 * {@code emissionsScorecard}; units as UN/ECE Rec 20 codes: GRM gram, KGM kilogram); what UNTP has no term for
 * (guideline codes, content hash, list versions) is under the {@code kl:} prefix. The credential is not signed:
 * the register's content hash is the integrity proof.
 */
final class PassportExport {

    static final String UNTP_DPP_CONTEXT = "https://test.uncefact.org/vocabulary/untp/dpp/0.5.0/";
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String KL_VOCAB = "https://kringloop.nl/vocab#";

    private PassportExport() {
    }

    static JsonObject jsonLd(PassportViews.PassportView v, String versionUri) {
        JsonObject doc = v.document();
        JsonObject product = doc.getJsonObject("product");
        PassportDerivation.Result d = v.derived();
        Map<String, Double> recycledByMaterial = new HashMap<>();
        d.recycled().forEach(s -> recycledByMaterial.merge(PassportDocumentReader.key(s.material()), s.massGram(), Double::sum));
        Map<String, Boolean> hazardous = new HashMap<>();
        d.substancesOfVeryHighConcern().forEach(z -> {
            if (z.listed()) {
                hazardous.put(PassportDocumentReader.key(z.substance()), true);
            }
        });
        JsonArrayBuilder materials = Json.createArrayBuilder();
        JsonArray a11 = doc.getJsonObject("values").containsKey("A1.1")
                ? doc.getJsonObject("values").getJsonArray("A1.1") : JsonValue.EMPTY_JSON_ARRAY;
        for (JsonValue item : a11) {
            JsonObject m = item.asJsonObject();
            String name = m.getString("material", m.getString("substance", ""));
            double mass = m.getJsonNumber("massGram").doubleValue();
            JsonObjectBuilder mb = Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("Material"))
                    .add("name", name)
                    .add("mass", Json.createObjectBuilder().add("value", mass).add("unit", "GRM"))
                    .add("hazardous", hazardous.getOrDefault(PassportDocumentReader.key(name), false));
            if (d.productMassGram() > 0) {
                mb.add("massFraction", mass / d.productMassGram());
            }
            if (mass > 0) {
                mb.add("recycledMassFraction", recycledByMaterial.getOrDefault(PassportDocumentReader.key(name), 0.0) / mass);
            }
            if (m.containsKey("cas")) {
                mb.add("kl:cas", m.getString("cas"));
            }
            d.criticalRawMaterials().stream().filter(c -> c.material().equals(name)).findFirst()
                    .ifPresent(c -> mb.add("kl:criticalRawMaterial", c.crm()));
            materials.add(mb);
        }
        JsonObjectBuilder circularity = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("CircularityPerformance"));
        if (d.recycledPercentOfProduct() != null) {
            circularity.add("recycledContent", d.recycledPercentOfProduct() / 100);
        }
        double recoveredMass = d.recovered().stream().mapToDouble(PassportDerivation.Share::massGram).sum();
        if (d.materialsMassGram() > 0 && !d.recovered().isEmpty()) {
            circularity.add("recyclableContent", recoveredMass / d.materialsMassGram());
        }
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("ProductPassport"))
                .add("id", versionUri)
                .add("product", productLd(product, v))
                .add("granularityLevel", "model")
                .add("materialsProvenance", materials)
                .add("circularityScorecard", circularity);
        if (d.ghg() != null) {
            PassportDerivation.Ghg g = d.ghg();
            JsonObjectBuilder e = Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("EmissionsPerformance"))
                    .add("carbonFootprint", g.totalGram() / 1000).add("declaredUnit", "KGM")
                    .add("operationalScope", "CradleToGrave");
            if (g.gramPerYearOfUse() != null) {
                e.add("kl:carbonFootprintPerYearOfUseKg", g.gramPerYearOfUse() / 1000);
            }
            subject.add("emissionsScorecard", e);
        }
        JsonArrayBuilder crm = Json.createArrayBuilder();
        d.criticalRawMaterials().forEach(c -> crm.add(Json.createObjectBuilder().add("material", c.material())
                .add("crm", c.crm()).add("massGram", c.massGram()).add("matchedBy", c.matchedBy())));
        JsonArrayBuilder zzs = Json.createArrayBuilder();
        d.substancesOfVeryHighConcern().stream().filter(PassportDerivation.ZzsItem::listed).forEach(z -> zzs.add(
                Json.createObjectBuilder().add("name", z.substance()).add("cas", z.cas()).add("massGram", z.massGram())));
        subject.add("kl:criticalRawMaterials", crm).add("kl:substancesOfVeryHighConcern", zzs)
                .add("kl:guidelineValues", doc.getJsonObject("values"));
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(UNTP_DPP_CONTEXT)
                        .add(Json.createObjectBuilder().add("kl", KL_VOCAB)))
                .add("type", Json.createArrayBuilder().add("DigitalProductPassport").add("VerifiableCredential"))
                .add("id", versionUri)
                .add("issuer", Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("CredentialIssuer"))
                        .add("id", "urn:kringloop:organisation:" + v.organisationId())
                        .add("name", v.organisationName() == null ? "" : v.organisationName()))
                .add("validFrom", v.publishedAt().toString())
                .add("kl:version", v.version())
                .add("kl:status", v.status())
                .add("kl:contentSha256", v.contentSha256())
                .add("kl:guidelineVersion", doc.getString("guidelineVersion"))
                .add("kl:referenceLists", doc.getJsonObject("referenceLists"))
                .add("credentialSubject", subject)
                .build();
    }

    private static JsonObjectBuilder productLd(JsonObject p, PassportViews.PassportView v) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", Json.createArrayBuilder().add("Product"))
                .add("id", p.getString("id", "urn:kringloop:passport:" + v.id()))
                .add("name", p.getString("name"));
        // getString(name, null): versions stored before null members were dropped may hold "manufacturer": null
        if (p.getString("model", null) != null) {
            b.add("modelNumber", p.getString("model"));
        }
        if (p.getString("productGroup", null) != null) {
            b.add("productCategory", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", p.getString("productGroup"))));
        }
        if (p.getString("manufacturer", null) != null) {
            b.add("producedByParty", Json.createObjectBuilder().add("name", p.getString("manufacturer")));
        }
        return b;
    }

    /** One row per value; derived percentages beside the submitted figures. */
    static String csv(PassportViews.PassportView v) {
        StringWriter out = new StringWriter();
        PassportDerivation.Result d = v.derived();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("passportId", "version",
                "contentSha256", "code", "item", "cas", "value", "unit", "derivedPercent", "method", "dataQuality",
                "evidence").build())) {
            JsonObject values = v.document().getJsonObject("values");
            for (String code : values.keySet().stream().sorted().toList()) {
                JsonValue val = values.get(code);
                if (val instanceof JsonArray arr) {
                    List<PassportDerivation.Share> shares = switch (code) {
                        case "A1.2" -> d.recycled();
                        case "A2.1" -> d.recovered();
                        case "A2.2" -> d.recoveredCritical();
                        default -> List.of();
                    };
                    for (int i = 0; i < arr.size(); i++) {
                        JsonObject o = arr.getJsonObject(i);
                        Double pct = i < shares.size() ? shares.get(i).percent() : null;
                        p.printRecord(v.id(), v.version(), v.contentSha256(), code,
                                o.getString("material", o.getString("substance", "")), o.getString("cas", ""),
                                o.getJsonNumber("massGram").toString(), "g", pct == null ? "" : pct,
                                o.getString("method", ""), o.getString("dataQuality", ""), evidence(o));
                    }
                } else if (val instanceof JsonObject o && "B1".equals(code)) {
                    PassportDerivation.Ghg g = d.ghg();
                    String[] phases = {"production", "transport", "use", "recycling"};
                    Double[] pct = {g.productionPercent(), g.transportPercent(), g.usePercent(), g.recyclingPercent()};
                    for (int i = 0; i < 4; i++) {
                        if (o.containsKey(phases[i] + "Gram")) {
                            p.printRecord(v.id(), v.version(), v.contentSha256(), "B1." + (i + 1), phases[i], "",
                                    o.getJsonNumber(phases[i] + "Gram").toString(), "g CO2-eq",
                                    pct[i] == null ? "" : pct[i], o.getString("method", ""),
                                    o.getString("dataQuality", ""), evidence(o));
                        }
                    }
                    if (g.gramPerYearOfUse() != null) {
                        p.printRecord(v.id(), v.version(), v.contentSha256(), "B1", "GHG per year of use (derived)", "",
                                g.gramPerYearOfUse(), "g CO2-eq/year", "", "total / C1.1", "calculated", "");
                    }
                } else if (val instanceof JsonObject o) {
                    String value = o.containsKey("years") ? o.getJsonNumber("years").toString()
                            : o.containsKey("value") ? o.get("value").toString()
                            : o.getString("text", o.toString());
                    String unit = o.containsKey("years") ? "years" : o.getString("unit", "");
                    p.printRecord(v.id(), v.version(), v.contentSha256(), code, "", "", value, unit,
                            o.containsKey("percent") ? o.get("percent").toString() : "", o.getString("method", ""),
                            o.getString("dataQuality", ""), evidence(o));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String evidence(JsonObject o) {
        if (!o.containsKey("evidence")) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (JsonValue e : o.getJsonArray("evidence")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            if (e instanceof jakarta.json.JsonString s) {
                sb.append(s.getString());
            } else {
                JsonObject eo = e.asJsonObject();
                sb.append(eo.getString("ref"));
                if (eo.containsKey("sha256")) {
                    sb.append("#sha256=").append(eo.getString("sha256"));
                }
            }
        }
        return sb.toString();
    }
}
