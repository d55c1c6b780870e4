package nl.kringloop.passport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Exports a published passport version as a UNTP Digital Product Passport 0.6.1 credential (W3C VC 2.0 shape:
 * {@code credentialSubject} a {@code ProductPassport} with {@code product}, {@code materialsProvenance},
 * {@code circularityScorecard}, {@code emissionsScorecard}; units as UN/ECE Rec 20 codes: GRM gram, KGM kilogram).
 * What UNTP has no term for (guideline codes and values, content hash, list versions, calculated methods) is in
 * Kringloop's own vocabulary, whose JSON-LD context the server serves at {@link #KRINGLOOP_CONTEXT_PATH}; UNTP's
 * terms keep UNTP's meaning. The mapping is described in docs/passport-exchange.md. The credential is not signed:
 * the register's content hash is the integrity proof.
 */
final class PassportExport {

    static final String JSON_LD = "application/ld+json";

    /** the UNTP DPP release the export follows (data-models/untp-dpp of uncefact/spec-untp, tag v0.6.1) */
    static final String UNTP_DPP_VERSION = "0.6.1";
    static final String UNTP_DPP_CONTEXT = "https://test.uncefact.org/vocabulary/untp/dpp/" + UNTP_DPP_VERSION + "/";
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** where this server serves Kringloop's context, relative to its root; versioned: v1 never changes meaning */
    static final String KRINGLOOP_CONTEXT_PATH = "ns/kringloop/v1";
    /** the IRIs of Kringloop's terms: the same on every register, whichever server serves the context */
    static final String KL_VOCAB = "https://kringloop.nl/ns/kringloop/v1#";
    /** CAS Registry Numbers as UNTP material classifications (materialType), resolvable per number */
    static final String CAS_SCHEME = "https://commonchemistry.cas.org/";

    private PassportExport() {
    }

    /**
     * @param versionUri the published version's URL, the credential's id
     * @param serverRoot the server's root URL ending in '/', for the context and reference-list links
     */
    static JsonObject jsonLd(PassportViews.PassportView v, String versionUri, String serverRoot) {
        JsonObject stored = v.document();
        PassportDocument doc = PassportDocumentReader.read(stored, additionalCodes(stored));
        PassportDerivation.Result d = v.derived();
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("type", types("ProductPassport"))
                .add("id", versionUri + "#passport")
                .add("product", product(doc, v))
                .add("granularityLevel", "model")
                .add("materialsProvenance", materials(doc, d, serverRoot))
                .add("circularityScorecard", circularity(stored, d));
        if (d.ghg() != null) {
            subject.add("emissionsScorecard", emissions(doc, d));
        }
        JsonArrayBuilder crm = Json.createArrayBuilder();
        d.criticalRawMaterials().forEach(c -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("material", c.material()).add("listItem", c.crm())
                    .add("massGram", c.massGram()).add("matchedBy", c.matchedBy());
            optional(b, "cas", c.cas());
            optional(b, "member", c.member());
            optional(b, "gramPerYearOfUse", c.gramPerYearOfUse());
            crm.add(b);
        });
        JsonArrayBuilder zzs = Json.createArrayBuilder();
        d.substancesOfVeryHighConcern().stream().filter(PassportDerivation.ZzsItem::listed).forEach(z -> {
            JsonArrayBuilder regimes = Json.createArrayBuilder();
            z.regimes().forEach(regimes::add);
            zzs.add(Json.createObjectBuilder().add("substance", z.substance()).add("cas", z.cas())
                    .add("massGram", z.massGram()).add("regimes", regimes).add("source", z.source()));
        });
        subject.add("kl:guidelineValues", guidelineValues(doc))
                .add("kl:criticalRawMaterials", crm)
                .add("kl:substancesOfVeryHighConcern", zzs);
        JsonArray extra = additionalValues(doc);
        if (!extra.isEmpty()) {
            subject.add("kl:additionalValues", extra);
        }
        JsonObjectBuilder issuer = Json.createObjectBuilder().add("type", types("CredentialIssuer"))
                .add("id", organisationUri(v.organisationId()))
                .add("name", v.organisationName() == null ? v.organisationId() : v.organisationName());
        return Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(UNTP_DPP_CONTEXT)
                        .add(serverRoot + KRINGLOOP_CONTEXT_PATH))
                .add("type", types("DigitalProductPassport", "VerifiableCredential"))
                .add("id", versionUri)
                .add("issuer", issuer)
                .add("validFrom", v.publishedAt().toString())
                .add("kl:untpDppVersion", UNTP_DPP_VERSION)
                .add("kl:version", v.version())
                .add("kl:status", v.status())
                .add("kl:contentSha256", v.contentSha256())
                .add("kl:guidelineVersion", doc.guidelineVersion())
                .add("kl:referenceLists", Json.createObjectBuilder().add("crm", d.crmList()).add("zzs", d.zzsList()))
                .add("credentialSubject", subject)
                .build();
    }

    static String organisationUri(String organisationId) {
        return "urn:kringloop:organisation:" + organisationId;
    }

    private static JsonObjectBuilder product(PassportDocument doc, PassportViews.PassportView v) {
        PassportDocument.Product p = doc.product();
        // UNTP wants a URI; a submitted id that is none (a bare article number) stays as the registered id
        String id = p.id() != null && isAbsoluteUri(p.id()) ? p.id() : "urn:kringloop:passport:" + v.id() + ":product";
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", types("Product")).add("id", id).add("name", p.name());
        optional(b, "registeredId", p.id());
        optional(b, "kl:model", p.model());
        if (p.productGroup() != null) {
            b.add("productCategory", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("type", types("Classification"))
                    .add("id", "urn:kringloop:product-group:" + urlPart(p.productGroup()))
                    .add("code", p.productGroup()).add("name", p.productGroup())
                    .add("schemeName", "Kringloop product group (as the supplier names it)")));
        }
        if (p.manufacturer() != null) {
            boolean supplier = p.manufacturer().equalsIgnoreCase(String.valueOf(v.organisationName()));
            b.add("producedByParty", Json.createObjectBuilder()
                    .add("id", supplier ? organisationUri(v.organisationId())
                            : "urn:kringloop:party:" + urlPart(p.manufacturer()))
                    .add("name", p.manufacturer()));
        }
        PassportDerivation.Result d = v.derived();
        if (d.productMassGram() > 0) {
            b.add("dimensions", Json.createObjectBuilder().add("weight", measureGram(d.productMassGram())));
        }
        return b;
    }

    /** A1.1 materials, then A1.4 substances that are not an A1.1 material themselves (no mass fraction: they are part of one) */
    private static JsonArrayBuilder materials(PassportDocument doc, PassportDerivation.Result d, String serverRoot) {
        Map<String, Double> recycledByMaterial = new HashMap<>();
        d.recycled().forEach(s -> recycledByMaterial.merge(PassportDocumentReader.key(s.material()), s.massGram(), Double::sum));
        JsonArrayBuilder out = Json.createArrayBuilder();
        List<PassportDocument.Amount> a11 = doc.amounts("A1.1");
        for (PassportDocument.Amount m : a11) {
            JsonObjectBuilder b = material(m, "A1.1", zzsEntry(d, m), d.zzsList(), serverRoot);
            if (d.productMassGram() > 0) {
                b.add("massFraction", m.massGram() / d.productMassGram());
            }
            if (m.massGram() > 0) {
                b.add("recycledMassFraction",
                        recycledByMaterial.getOrDefault(PassportDocumentReader.key(m.name()), 0.0) / m.massGram());
            }
            d.criticalRawMaterials().stream().filter(c -> c.material().equals(m.name())).findFirst()
                    .ifPresent(c -> b.add("kl:criticalRawMaterial", c.crm()));
            out.add(b);
        }
        for (PassportDocument.Amount s : doc.amounts("A1.4")) {
            boolean inA11 = a11.stream().anyMatch(m -> (s.cas() != null && s.cas().equals(m.cas()))
                    || PassportDocumentReader.key(m.name()).equals(PassportDocumentReader.key(s.name())));
            if (!inA11) {
                out.add(material(s, "A1.4", zzsEntry(d, s), d.zzsList(), serverRoot));
            }
        }
        return out;
    }

    private static JsonObjectBuilder material(PassportDocument.Amount m, String code, PassportDerivation.ZzsItem zzs,
                                              String zzsList, String serverRoot) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", types("Material")).add("name", m.name())
                .add("mass", measureGram(m.massGram()))
                .add("hazardous", zzs != null);
        if (m.cas() != null) {
            b.add("materialType", Json.createObjectBuilder().add("type", types("Classification"))
                    .add("id", CAS_SCHEME + "detail?cas_rn=" + m.cas()).add("code", m.cas()).add("name", m.name())
                    .add("schemeID", CAS_SCHEME).add("schemeName", "CAS Registry Number"));
        }
        if (zzs != null) {
            // UNTP: a hazardous material carries its safety information; the register's is the list entry
            b.add("materialSafetyInformation", Json.createObjectBuilder().add("type", types("Link"))
                    .add("linkURL", serverRoot + "api/reference/lists/" + urlPart(zzsList))
                    .add("linkName", "Substance of very high concern (ZZS, RIVM list " + zzsList + "): CAS " + zzs.cas()
                            + (zzs.regimes().isEmpty() ? "" : ", " + String.join(", ", zzs.regimes())))
                    .add("linkType", KL_VOCAB + "ZzsListEntry"));
        }
        return b.add("kl:guidelineCode", code);
    }

    private static PassportDerivation.ZzsItem zzsEntry(PassportDerivation.Result d, PassportDocument.Amount m) {
        return d.substancesOfVeryHighConcern().stream().filter(PassportDerivation.ZzsItem::listed)
                .filter(z -> (m.cas() != null && m.cas().equals(z.cas()))
                        || PassportDocumentReader.key(z.substance()).equals(PassportDocumentReader.key(m.name())))
                .findFirst().orElse(null);
    }

    private static JsonObjectBuilder circularity(JsonObject stored, PassportDerivation.Result d) {
        JsonObjectBuilder c = Json.createObjectBuilder().add("type", types("CircularityPerformance"));
        if (d.recycledPercentOfProduct() != null) {
            c.add("recycledContent", d.recycledPercentOfProduct() / 100);
        }
        double recoveredMass = d.recovered().stream().mapToDouble(PassportDerivation.Share::massGram).sum();
        if (d.productMassGram() > 0 && !d.recovered().isEmpty()) {
            c.add("recyclableContent", recoveredMass / d.productMassGram());
        }
        JsonValue methods = stored.get("calculatedMethods");
        if (methods instanceof JsonObject m && !m.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (String key : m.keySet().stream().sorted().toList()) {
                if (!(m.get(key) instanceof JsonObject value)) {
                    continue;
                }
                JsonObjectBuilder b = Json.createObjectBuilder().add("methodId", key);
                for (String f : List.of("indicator", "scorePercent", "formula", "plugin", "pluginVersion", "dataQuality",
                        "calculatedAt", "label")) {
                    if (value.containsKey(f) && value.get(f) != JsonValue.NULL) {
                        b.add(f, value.get(f));
                    }
                }
                // UNTP's materialCircularityIndicator is the EMF MCI (0–1); a CPF is another method and stays Kringloop's
                if ("MCI".equals(value.getString("indicator", null)) && value.get("scorePercent") instanceof JsonNumber n) {
                    c.add("materialCircularityIndicator", n.doubleValue() / 100);
                }
                list.add(b);
            }
            c.add("kl:calculatedMethods", list);
        }
        return c;
    }

    private static JsonObjectBuilder emissions(PassportDocument doc, PassportDerivation.Result d) {
        PassportDerivation.Ghg g = d.ghg();
        PassportDocument.Ghg submitted = doc.ghg();
        double totalKg = g.totalGram() / 1000;
        boolean perKg = d.productMassGram() > 0;
        String quality = submitted.meta().dataQuality();
        JsonObjectBuilder e = Json.createObjectBuilder().add("type", types("EmissionsPerformance"))
                // UNTP: kg CO2e per declared unit; per kilogram of product when its mass is known, else per product (EA)
                .add("carbonFootprint", perKg ? totalKg / (d.productMassGram() / 1000) : totalKg)
                .add("declaredUnit", perKg ? "KGM" : "EA")
                .add("operationalScope", submitted.useGram() != null && submitted.recyclingGram() != null
                        ? "CradleToGrave" : "CradleToGate")
                // product-specific (measured or calculated) data is primary; indicative or unstated data is not claimed as such
                .add("primarySourcedRatio", "measured".equals(quality) || "calculated".equals(quality) ? 1.0 : 0.0)
                .add("kl:carbonFootprintPerProductKg", totalKg);
        optional(e, "kl:carbonFootprintPerYearOfUseKg", g.gramPerYearOfUse() == null ? null : g.gramPerYearOfUse() / 1000);
        optional(e, "kl:method", submitted.meta().method());
        optional(e, "kl:dataQuality", quality);
        return e;
    }

    /** The guideline values as the register read them, keyed by the guideline's codes (terms of Kringloop's context). */
    static JsonObject guidelineValues(PassportDocument doc) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        for (String code : PassportDocumentReader.LIST_CODES.stream().sorted().toList()) {
            if (!doc.amounts().containsKey(code)) {
                continue;
            }
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (PassportDocument.Amount a : doc.amounts(code)) {
                JsonObjectBuilder b = Json.createObjectBuilder().add("A1.4".equals(code) ? "substance" : "material", a.name());
                optional(b, "cas", a.cas());
                b.add("massGram", a.massGram());
                optional(b, "percent", a.percent());
                list.add(meta(b, a.meta()));
            }
            values.add(code, list);
        }
        PassportDocument.Ghg g = doc.ghg();
        if (g != null) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            optional(b, "productionGram", g.productionGram());
            optional(b, "transportGram", g.transportGram());
            optional(b, "useGram", g.useGram());
            optional(b, "recyclingGram", g.recyclingGram());
            g.submittedPercent().forEach((phase, pct) -> b.add(phase + "Percent", pct));
            optional(b, "serviceLifeYears", g.serviceLifeYears());
            optional(b, "explanation", g.explanation());
            values.add(GuidelineCodes.B1, meta(b, g.meta()));
        }
        if (doc.biodiversity() != null) {
            PassportDocument.Biodiversity bio = doc.biodiversity();
            values.add("B2.1", meta(Json.createObjectBuilder().add("value", bio.value()).add("unit", bio.unit()), bio.meta()));
        }
        doc.years().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> values.add(e.getKey(),
                meta(Json.createObjectBuilder().add("years", e.getValue().years()), e.getValue().meta())));
        doc.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("text", e.getValue().text());
            optional(b, "percent", e.getValue().percent());
            values.add(e.getKey(), meta(b, e.getValue().meta()));
        });
        return values.build();
    }

    /** codes a guideline version added: free JSON, kept whole as a JSON literal beside their code */
    private static JsonArray additionalValues(PassportDocument doc) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        doc.otherCodes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.add(
                Json.createObjectBuilder().add("code", e.getKey()).add("content", e.getValue())));
        return out.build();
    }

    private static JsonObjectBuilder meta(JsonObjectBuilder b, PassportDocument.Meta m) {
        optional(b, "method", m.method());
        optional(b, "dataQuality", m.dataQuality());
        if (!m.evidence().isEmpty()) {
            JsonArrayBuilder ev = Json.createArrayBuilder();
            m.evidence().forEach(e -> ev.add(e.sha256() == null ? Json.createValue(e.ref())
                    : Json.createObjectBuilder().add("ref", e.ref()).add("sha256", e.sha256()).build()));
            b.add("evidence", ev);
        }
        return b;
    }

    /** the codes of a stored document that are not the first guideline version's (a later version added them) */
    static Set<String> additionalCodes(JsonObject stored) {
        JsonValue values = stored.get("values");
        if (!(values instanceof JsonObject o)) {
            return Set.of();
        }
        Set<String> out = new HashSet<>(o.keySet());
        out.removeAll(GuidelineCodes.CATALOGUE.keySet());
        out.remove(GuidelineCodes.B1);
        return out;
    }

    private static JsonObject measureGram(double gram) {
        return Json.createObjectBuilder().add("value", gram).add("unit", "GRM").build();
    }

    private static JsonArray types(String... types) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (String t : types) {
            a.add(t);
        }
        return a.build();
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static void optional(JsonObjectBuilder b, String name, Double value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static boolean isAbsoluteUri(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String urlPart(String s) {
        return URLEncoder.encode(s.trim().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
    }
}
