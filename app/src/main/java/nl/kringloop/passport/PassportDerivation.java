package nl.kringloop.passport;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.reference.CrmList;
import nl.kringloop.reference.ZzsList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the register derives from a passport and never takes on trust (docs/passport-register.md): A1.2 % of the product mass,
 * A1.3 by matching A1.1 against the chosen EU CRM list, A1.4 checked by CAS against the ZZS list, A2.1/A2.2 % of
 * the original gram, B1.1–B1.4 % of the life-cycle total, GHG per year of use = total / C1.1. A submitted value
 * that disagrees is a finding. A pure function: no database, no container.
 */
public final class PassportDerivation {

    /** percentages are compared to 0.1 percentage point: submitters round to one decimal */
    static final double PERCENT_TOLERANCE = 0.1;
    /** masses are compared to 0.5 %, scale readings of one product vary */
    static final double MASS_TOLERANCE = 0.005;

    static final RuleRef CONDITION_7 = new RuleRef("CPP guideline", "§3.3 condition 7");

    static RuleRef rule(String code) {
        return new RuleRef("CPP guideline", code);
    }

    /** A material share: gram and percent of a reference mass. */
    public record Share(String material, double massGram, Double percent) {
    }

    /** A1.3: a material of A1.1 on the CRM list. */
    public record CrmItem(String material, String cas, double massGram, String crm, String matchedBy, String member,
                          Double gramPerYearOfUse) {
    }

    /** A1.4: a substance checked against the ZZS list. */
    public record ZzsItem(String substance, String cas, double massGram, boolean listed, List<String> regimes,
                          String source) {
    }

    /** B1.1–B1.4 with their share of the life-cycle total and the total per year of use. */
    public record Ghg(Double productionGram, Double transportGram, Double useGram, Double recyclingGram,
                      double totalGram, Double productionPercent, Double transportPercent, Double usePercent,
                      Double recyclingPercent, Double lifetimeYears, Double gramPerYearOfUse) {
    }

    public record Result(String crmList, String zzsList, double productMassGram, double materialsMassGram,
                         List<Share> recycled, Double recycledPercentOfProduct, List<CrmItem> criticalRawMaterials,
                         double criticalMassGram, List<ZzsItem> substancesOfVeryHighConcern, List<Share> recovered,
                         List<Share> recoveredCritical, Ghg ghg, List<Finding> findings) {
    }

    private PassportDerivation() {
    }

    public static Result derive(PassportDocument doc, CrmList crm, ZzsList zzs) {
        List<Finding> findings = new ArrayList<>();
        List<PassportDocument.Amount> a11 = doc.amounts("A1.1");
        double materials = a11.stream().mapToDouble(PassportDocument.Amount::massGram).sum();
        double product = doc.massGram() != null ? doc.massGram() : materials;
        if (doc.massGram() == null && !a11.isEmpty()) {
            findings.add(Finding.info(rule("A1.2"), null, "massGram", "No product massGram given: the sum of A1.1, "
                    + PassportDocumentReader.fmt(materials) + " g, is used as the total product weight"));
        } else if (doc.massGram() != null && materials > product * (1 + MASS_TOLERANCE)) {
            findings.add(Finding.warning(rule("A1.1"), null, "values.A1.1", "The A1.1 materials weigh "
                    + PassportDocumentReader.fmt(materials) + " g, more than the product's " + PassportDocumentReader.fmt(product) + " g"));
        }
        Double lifetime = Optional.ofNullable(doc.years().get("C1.1")).map(PassportDocument.Years::years)
                .filter(y -> y > 0).orElse(null);

        // A1.2: % of the total product weight
        List<Share> recycled = shares(doc.amounts("A1.2"), m -> product, "A1.2", findings);
        double recycledMass = recycled.stream().mapToDouble(Share::massGram).sum();
        Double recycledPercent = product > 0 ? 100 * recycledMass / product : null;

        // A1.3: matched from A1.1, then compared with a submitted A1.3
        List<CrmItem> crmItems = new ArrayList<>();
        for (int i = 0; i < a11.size(); i++) {
            PassportDocument.Amount a = a11.get(i);
            String field = "values.A1.1[" + i + "].material";
            crm.match(a.name(), a.cas()).ifPresent(m -> {
                crmItems.add(new CrmItem(a.name(), a.cas(), a.massGram(), m.crm(), m.matchedBy(), m.member(),
                        lifetime == null ? null : a.massGram() / lifetime));
                if (m.note() != null) {
                    // e.g. a plain "nickel" against "nickel — battery grade": matched, with the grade left to check
                    findings.add(Finding.info(rule("A1.3"), a.name(), field, "'" + a.name() + "' matches '" + m.crm()
                            + "' of " + crm.id() + ": " + m.note()));
                }
            });
        }
        double crmMass = crmItems.stream().mapToDouble(CrmItem::massGram).sum();
        compareCrm(doc, crm, crmItems, findings);

        // A1.4: by CAS against the ZZS list; A1.1 materials on the list that A1.4 leaves out are findings too
        List<ZzsItem> zzsItems = new ArrayList<>();
        List<PassportDocument.Amount> a14 = doc.amounts("A1.4");
        for (int i = 0; i < a14.size(); i++) {
            PassportDocument.Amount s = a14.get(i);
            String field = "values.A1.4[" + i + "]";
            if (s.cas() == null) {
                findings.add(Finding.warning(rule("A1.4"), s.name(), field + ".cas", "No CAS number: '" + s.name()
                        + "' cannot be checked against ZZS list " + zzs.id()));
                zzsItems.add(new ZzsItem(s.name(), null, s.massGram(), false, List.of(), "A1.4"));
                continue;
            }
            Optional<ZzsList.Entry> e = zzs.find(s.cas());
            zzsItems.add(new ZzsItem(s.name(), s.cas(), s.massGram(), e.isPresent(),
                    e.map(ZzsList.Entry::regimes).orElse(List.of()), "A1.4"));
            if (e.isEmpty()) {
                findings.add(Finding.warning(rule("A1.4"), s.name(), field + ".cas", "CAS " + s.cas()
                        + " is not on ZZS list " + zzs.id() + ": reported as ZZS but not one by that list version"));
            }
        }
        for (PassportDocument.Amount a : a11) {
            if (a.cas() == null || a14.stream().anyMatch(s -> a.cas().equals(s.cas()))) {
                continue;
            }
            zzs.find(a.cas()).ifPresent(e -> {
                zzsItems.add(new ZzsItem(a.name(), a.cas(), a.massGram(), true, e.regimes(), "A1.1"));
                findings.add(Finding.warning(rule("A1.4"), a.name(), "values.A1.4", "A1.1 material '" + a.name()
                        + "' (CAS " + a.cas() + ") is on ZZS list " + zzs.id() + " but missing from A1.4"));
            });
        }
        if (zzs.demo()) {
            findings.add(Finding.info(rule("A1.4"), null, "referenceLists.zzs", "ZZS list " + zzs.id()
                    + " is a demo excerpt: this passport is not checked against the real RIVM list"));
        }

        // A2.1 / A2.2: % of the original gram of that material in A1.1
        Map<String, Double> original = new HashMap<>();
        a11.forEach(a -> original.merge(PassportDocumentReader.key(a.name()), a.massGram(), Double::sum));
        List<Share> recovered = shares(doc.amounts("A2.1"), m -> original.getOrDefault(PassportDocumentReader.key(m), 0.0), "A2.1", findings);
        List<Share> recoveredCrm = shares(doc.amounts("A2.2"), m -> original.getOrDefault(PassportDocumentReader.key(m), 0.0), "A2.2", findings);
        List<PassportDocument.Amount> a22 = doc.amounts("A2.2");
        for (int i = 0; i < a22.size(); i++) {
            PassportDocument.Amount a = a22.get(i);
            if (crm.match(a.name(), a.cas()).isEmpty()) {
                findings.add(Finding.warning(rule("A2.2"), a.name(), "values.A2.2[" + i + "].material", "'" + a.name()
                        + "' is not a critical raw material on list " + crm.id()));
            }
        }

        // condition 7: every value carries its methodology; A1.3 is derived, so it needs none
        for (String code : List.of("A1.1", "A1.2", "A1.4", "A2.1", "A2.2", "A3.1")) {
            List<PassportDocument.Amount> list = doc.amounts(code);
            long without = list.stream().filter(a -> a.meta().method() == null).count();
            if (without > 0) {
                findings.add(Finding.warning(CONDITION_7, code, "values." + code, without + " of " + list.size()
                        + " values of " + code + " carry no method (e.g. \"scale\"); every value must carry its methodology"));
            }
        }

        Ghg ghg = ghg(doc, lifetime, findings);
        return new Result(crm.id(), zzs.id(), product, materials, recycled, recycledPercent, List.copyOf(crmItems), crmMass,
                List.copyOf(zzsItems), recovered, recoveredCrm, ghg, List.copyOf(findings));
    }

    private static void compareCrm(PassportDocument doc, CrmList crm, List<CrmItem> derived, List<Finding> findings) {
        if (!doc.amounts().containsKey("A1.3")) {
            return;
        }
        Map<String, Double> derivedMass = new LinkedHashMap<>();
        derived.forEach(c -> derivedMass.merge(PassportDocumentReader.key(c.material()), c.massGram(), Double::sum));
        Map<String, Double> submittedMass = new LinkedHashMap<>();
        List<PassportDocument.Amount> a13 = doc.amounts("A1.3");
        for (int i = 0; i < a13.size(); i++) {
            PassportDocument.Amount s = a13.get(i);
            String k = PassportDocumentReader.key(s.name());
            submittedMass.merge(k, s.massGram(), Double::sum);
            if (!derivedMass.containsKey(k)) {
                String why = crm.match(s.name(), s.cas()).isPresent() ? "is on the list but not a material of A1.1"
                        : "is not on EU CRM list " + crm.id();
                findings.add(Finding.warning(rule("A1.3"), s.name(), "values.A1.3[" + i + "]",
                        "Submitted A1.3 '" + s.name() + "' " + why));
            }
        }
        derivedMass.forEach((k, mass) -> {
            Double sub = submittedMass.get(k);
            if (sub == null) {
                findings.add(Finding.warning(rule("A1.3"), k, "values.A1.3", "'" + k + "' (" + PassportDocumentReader.fmt(mass)
                        + " g in A1.1) is a critical raw material on list " + crm.id() + " but missing from the submitted A1.3"));
            } else if (Math.abs(sub - mass) > MASS_TOLERANCE * Math.max(mass, 1e-9)) {
                findings.add(Finding.warning(rule("A1.3"), k, "values.A1.3", "Submitted A1.3 gives "
                        + PassportDocumentReader.fmt(sub) + " g of '" + k + "', A1.1 gives " + PassportDocumentReader.fmt(mass) + " g"));
            }
        });
    }

    private static List<Share> shares(List<PassportDocument.Amount> amounts,
                                      Function<String, Double> reference, String code,
                                      List<Finding> findings) {
        List<Share> out = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            PassportDocument.Amount a = amounts.get(i);
            double ref = reference.apply(a.name());
            Double pct = ref > 0 ? 100 * a.massGram() / ref : null;
            out.add(new Share(a.name(), a.massGram(), pct));
            comparePercent(a.percent(), pct, code, a.name(), "values." + code + "[" + i + "].percent", findings);
        }
        return List.copyOf(out);
    }

    private static Ghg ghg(PassportDocument doc, Double lifetime, List<Finding> findings) {
        PassportDocument.Ghg g = doc.ghg();
        if (g == null) {
            return null;
        }
        double total = nz(g.productionGram()) + nz(g.transportGram()) + nz(g.useGram()) + nz(g.recyclingGram());
        Double[] pct = new Double[4];
        Double[] grams = {g.productionGram(), g.transportGram(), g.useGram(), g.recyclingGram()};
        String[] phases = {"production", "transport", "use", "recycling"};
        for (int i = 0; i < 4; i++) {
            pct[i] = grams[i] == null || total == 0 ? null : 100 * grams[i] / total;
            comparePercent(g.submittedPercent().get(phases[i]), pct[i], "B1." + (i + 1), phases[i],
                    "values.B1." + phases[i] + "Percent", findings);
        }
        if (g.serviceLifeYears() != null && lifetime != null && Math.abs(g.serviceLifeYears() - lifetime) > 1e-9) {
            findings.add(Finding.info(rule("B1"), null, "values.B1.serviceLifeYears", "The LCA assumes a service life of "
                    + PassportDocumentReader.fmt(g.serviceLifeYears()) + " years, C1.1 gives an actual lifetime of "
                    + PassportDocumentReader.fmt(lifetime) + " years; GHG per year of use divides by C1.1"));
        }
        if (g.meta().method() == null) {
            findings.add(Finding.warning(rule("B1"), null, "values.B1.method",
                    "No LCA method (e.g. EMF Circularity Indicators, PEF): condition 7 asks every value to carry its methodology"));
        }
        return new Ghg(g.productionGram(), g.transportGram(), g.useGram(), g.recyclingGram(), total, pct[0], pct[1],
                pct[2], pct[3], lifetime, lifetime == null ? null : total / lifetime);
    }

    private static void comparePercent(Double submitted, Double derived, String code, String subject, String field,
                                       List<Finding> findings) {
        if (submitted == null || derived == null) {
            return;
        }
        if (Math.abs(submitted - derived) > PERCENT_TOLERANCE) {
            findings.add(Finding.warning(rule(code), subject, field, "Submitted " + submitted + " % disagrees with the"
                    + " derived " + Math.round(derived * 1000) / 1000.0 + " %"));
        }
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }
}
