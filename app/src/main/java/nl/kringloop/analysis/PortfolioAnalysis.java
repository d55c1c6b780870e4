package nl.kringloop.analysis;

import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * The analyses of guideline §3.2 as one pure function over the facts of the portfolio's passport versions and their
 * quantities: no database, no container. Every sum is Σ value per unit × quantity; "per year of use" divides each
 * product's figure by its own C1.1 lifetime before summing, and leaves out (with a finding) products that give none.
 */
public final class PortfolioAnalysis {

    static final String GUIDELINE = "Leidraad circulair productpaspoort";

    static RuleRef rule(String section) {
        return new RuleRef(GUIDELINE, section);
    }

    /** One item of a portfolio: a published passport version and how many units of it. */
    public record Holding(ProductFacts facts, double quantity) {
    }

    /** What is analysed and in what context. */
    public record Subject(String kind, String id, String name, int items) {
    }

    private PortfolioAnalysis() {
    }

    public static Analysis analyse(Subject subject, List<Holding> holdings, SupplyRiskList risk,
                                   Map<String, Integer> openFeedback, int productsLimit) {
        List<Holding> merged = merge(holdings);
        List<Finding> findings = new ArrayList<>();
        Map<String, SupplyRiskList.Indicator> indicators = risk == null ? Map.of() : risk.byMaterial();

        double totalQuantity = 0, totalMass = 0, materialsMass = 0, recycledMass = 0, auxMass = 0;
        Set<String> crmLists = new TreeSet<>(), zzsLists = new TreeSet<>();
        Map<String, Acc> materials = new LinkedHashMap<>();
        Map<String, Acc> recycledBy = new HashMap<>();
        Map<String, CrmAcc> crm = new LinkedHashMap<>();
        Map<String, Acc> recovered = new LinkedHashMap<>(), recoveredCrm = new LinkedHashMap<>();
        double recMass = 0, recOriginal = 0, recCrmMass = 0, recCrmOriginal = 0;
        int recProducts = 0;
        Map<String, SubstanceAcc> zzs = new LinkedHashMap<>();
        int zzsNotListed = 0;
        Map<String, Acc> c31 = new LinkedHashMap<>(), c41 = new LinkedHashMap<>(), aux = new LinkedHashMap<>();
        double pvuProduction = 0, pvuUse = 0;
        int pvuProducts = 0;
        double[] ghg = new double[4];
        double ghgPerYear = 0;
        int ghgProducts = 0, ghgNoLife = 0;
        boolean anyGhgPerYear = false;
        Map<String, Acc> bio = new LinkedHashMap<>();
        double values = 0, measured = 0, calculated = 0, indicative = 0, evidence = 0, completeQ = 0;
        Map<String, int[]> missing = new LinkedHashMap<>();
        Map<String, String[]> findingExample = new LinkedHashMap<>();
        Map<String, int[]> findingCount = new LinkedHashMap<>();
        int feedback = 0, feedbackProducts = 0;
        List<String> withoutLifetime = new ArrayList<>();
        List<Analysis.ProductRow> rows = new ArrayList<>(Math.min(merged.size(), productsLimit + 1));
        List<Analysis.ProductRow> allRows = merged.size() <= productsLimit ? rows : null;
        PriorityQueue<Analysis.ProductRow> top = allRows == null
                ? new PriorityQueue<>(ROW_ORDER.reversed()) : null;

        for (int index = 0; index < merged.size(); index++) {
            Holding h = merged.get(index);
            ProductFacts f = h.facts();
            final int product = index;
            double q = h.quantity();
            Double life = f.lifetimeYears();
            totalQuantity += q;
            totalMass += q * f.productMassGram();
            crmLists.add(f.crmList());
            zzsLists.add(f.zzsList());
            if (life == null) {
                withoutLifetime.add(f.key());
            }
            for (ProductFacts.Line l : f.materials()) {
                materials.computeIfAbsent(l.name(), k -> new Acc()).add(q * l.massGram(), product);
                materialsMass += q * l.massGram();
            }
            Map<String, Double> original = f.recovered().isEmpty() && f.recoveredCritical().isEmpty() ? Map.of()
                    : originalGrams(f);
            double recycledHere = 0;
            for (ProductFacts.Line l : f.recycled()) {
                recycledBy.computeIfAbsent(l.name(), k -> new Acc()).add(q * l.massGram(), product);
                recycledHere += l.massGram();
            }
            recycledMass += q * recycledHere;
            double crmHere = 0, crmPerYearHere = 0;
            for (ProductFacts.Crm c : f.crm()) {
                CrmAcc a = crm.computeIfAbsent(f.crmList() + "|" + c.crm() + "|" + c.material(),
                        k -> new CrmAcc(c.crm(), c.material(), f.crmList()));
                a.add(f, product, q, c.massGram(), life);
                crmHere += c.massGram();
            }
            if (life != null) {
                crmPerYearHere = crmHere / life;
            }
            if (!f.recovered().isEmpty()) {
                recProducts++;
            }
            for (ProductFacts.Line l : f.recovered()) {
                double orig = original.getOrDefault(l.name(), 0.0);
                recovered.computeIfAbsent(l.name(), k -> new Acc()).add(q * l.massGram(), q * orig, product);
                recMass += q * l.massGram();
                recOriginal += q * orig;
            }
            for (ProductFacts.Line l : f.recoveredCritical()) {
                double orig = original.getOrDefault(l.name(), 0.0);
                recoveredCrm.computeIfAbsent(l.name(), k -> new Acc()).add(q * l.massGram(), q * orig, product);
                recCrmMass += q * l.massGram();
                recCrmOriginal += q * orig;
            }
            for (ProductFacts.Zzs z : f.zzs()) {
                if (!z.listed()) {
                    zzsNotListed++;
                    continue;
                }
                zzs.computeIfAbsent(f.zzsList() + "|" + z.cas(), k -> new SubstanceAcc(z.substance(), z.cas(), f.zzsList()))
                        .add(q * z.massGram(), product);
            }
            if (f.recycledApplication() != null) {
                c31.computeIfAbsent(f.recycledApplication(), k -> new Acc()).add(q * recycledHere, product);
            }
            if (f.alternativeMaterials() != null) {
                c41.computeIfAbsent(f.alternativeMaterials(), k -> new Acc()).add(q * crmHere, product);
            }
            for (ProductFacts.Line l : f.auxiliary()) {
                aux.computeIfAbsent(l.name(), k -> new Acc()).add(q * l.massGram(), product);
                auxMass += q * l.massGram();
            }
            Double ghgTotal = null, ghgYear = null;
            if (f.ghg() != null) {
                ProductFacts.Ghg g = f.ghg();
                ghgProducts++;
                ghg[0] += q * ProductFacts.nz(g.productionGram());
                ghg[1] += q * ProductFacts.nz(g.transportGram());
                ghg[2] += q * ProductFacts.nz(g.useGram());
                ghg[3] += q * ProductFacts.nz(g.recyclingGram());
                ghgTotal = g.totalGram();
                if (life != null) {
                    ghgYear = ghgTotal / life;
                    ghgPerYear += q * ghgYear;
                    anyGhgPerYear = true;
                } else {
                    ghgNoLife++;
                }
                if (g.productionGram() != null && g.useGram() != null) {
                    pvuProduction += q * g.productionGram();
                    pvuUse += q * g.useGram();
                    pvuProducts++;
                }
            }
            if (f.biodiversity() != null) {
                ProductFacts.Biodiversity b = f.biodiversity();
                String k = (b.method() == null ? "" : b.method()) + "|" + b.unit();
                bio.computeIfAbsent(k, x -> new Acc()).add(q * b.value(), product);
            }
            ProductFacts.Quality qu = f.quality();
            values += q * qu.values();
            measured += q * qu.measured();
            calculated += q * qu.calculated();
            indicative += q * qu.indicative();
            evidence += q * qu.withEvidence();
            if (f.missingRequired().isEmpty()) {
                completeQ += q;
            }
            for (String code : f.missingRequired()) {
                missing.computeIfAbsent(code, k -> new int[1])[0]++;
            }
            for (ProductFacts.Note n : f.derivationFindings()) {
                if (!findingExample.containsKey(n.rule())) {
                    findingExample.put(n.rule(), new String[]{f.passportId() + " v" + f.version() + ": " + n.message()});
                }
                int[] count = findingCount.computeIfAbsent(n.rule(), k -> new int[]{0, -1});
                if (count[1] != product) { // a rule counts once per product
                    count[0]++;
                    count[1] = product;
                }
            }
            int open = openFeedback.getOrDefault(f.passportId(), 0);
            feedback += open;
            if (open > 0) {
                feedbackProducts++;
            }
            Analysis.ProductRow row = new Analysis.ProductRow(f.passportId(), f.version(), f.name(), f.manufacturer(),
                    f.productGroup(), q, f.productMassGram(), life, ghgTotal, ghgYear,
                    life == null ? null : crmPerYearHere, f.missingRequired().isEmpty(), open);
            if (allRows != null) {
                rows.add(row);
            } else {
                top.add(row);
                if (top.size() > productsLimit) {
                    top.poll();
                }
            }
        }
        if (top != null) {
            rows.addAll(top);
        }
        rows.sort(ROW_ORDER);

        // findings about the portfolio as a whole
        if (!withoutLifetime.isEmpty()) {
            findings.add(Finding.warning(rule("C1.1"), "C1.1", "items", withoutLifetime.size() + " of " + merged.size()
                    + " products give no C1.1 actual lifetime, so they have no per-year figure (critical raw materials,"
                    + " GHG per year of use leave them out; their grams are shown apart): "
                    + String.join(", ", withoutLifetime.subList(0, Math.min(20, withoutLifetime.size())))
                    + (withoutLifetime.size() > 20 ? ", …" : "")));
        }
        if (zzsNotListed > 0) {
            findings.add(Finding.info(rule("A1.4"), "A1.4", null, zzsNotListed + " reported A1.4 substances are not on"
                    + " the ZZS list version of their passport (or carry no CAS) and are not counted as ZZS"));
        }
        if (bio.size() > 1) {
            findings.add(Finding.info(rule("B2.1"), "B2.1", null, "B2.1 is given with " + bio.size()
                    + " different methods or units: each is summed apart, never across methods"));
        }
        if (risk == null) {
            findings.add(Finding.info(new RuleRef(GUIDELINE, "§3.3 condition 9"), "supplyRisk", null,
                    "No supply-risk list is loaded: critical raw materials are shown without supply-risk indicators"));
        }

        // composition
        List<Analysis.Material> matList = new ArrayList<>();
        for (Map.Entry<String, Acc> e : materials.entrySet()) {
            Acc rec = recycledBy.get(e.getKey());
            double m = e.getValue().mass;
            matList.add(new Analysis.Material(e.getKey(), m, pct(m, totalMass), rec == null ? null : rec.mass,
                    rec == null ? null : pct(rec.mass, m), e.getValue().products));
        }
        matList.sort(Comparator.comparingDouble(Analysis.Material::massGram).reversed());
        Analysis.Composition composition = new Analysis.Composition(totalMass, materialsMass, recycledMass,
                pct(recycledMass, totalMass), matList, "Leidraad circulair productpaspoort A1.1, A1.2");

        // critical raw materials
        List<Analysis.CriticalRawMaterial> crmOut = new ArrayList<>();
        double crmMass = 0, crmYear = 0, crmNoLife = 0, weighted = 0;
        boolean anyCrmYear = false, anyWeighted = false;
        for (CrmAcc a : crm.values()) {
            Analysis.SupplyRisk sr = SupplyRiskList.find(indicators, a.crm, a.material).map(i -> new Analysis.SupplyRisk(
                    risk.id(), i.material(), i.supplyRisk(), i.economicImportance(), i.source(),
                    a.anyYear ? a.perYear * i.supplyRisk() : null)).orElse(null);
            crmOut.add(a.view(sr));
            crmMass += a.mass;
            crmNoLife += a.massNoLife;
            if (a.anyYear) {
                crmYear += a.perYear;
                anyCrmYear = true;
            }
            if (sr != null && sr.weightedGramPerYearOfUse() != null) {
                weighted += sr.weightedGramPerYearOfUse();
                anyWeighted = true;
            }
        }
        crmOut.sort(Comparator.comparingDouble((Analysis.CriticalRawMaterial c) -> c.gramPerYearOfUse() == null ? -1 : c.gramPerYearOfUse())
                .thenComparingDouble(Analysis.CriticalRawMaterial::massGram).reversed());
        Analysis.CriticalTotals crmTotals = new Analysis.CriticalTotals(crmMass, anyCrmYear ? crmYear : null, crmNoLife,
                anyWeighted ? weighted : null);

        Analysis.Recovery recovery = new Analysis.Recovery(recMass, recOriginal, pct(recMass, recOriginal),
                recovered(recovered), recCrmMass, recCrmOriginal, pct(recCrmMass, recCrmOriginal), recovered(recoveredCrm),
                recProducts);

        List<Analysis.Substance> zzsOut = zzs.values().stream().map(z -> new Analysis.Substance(z.substance, z.cas,
                z.list, z.mass, z.products)).sorted(Comparator.comparingDouble(Analysis.Substance::massGram).reversed()).toList();

        Analysis.Applications apps = new Analysis.Applications(applications(c31), applications(c41));
        List<Analysis.Material> auxOut = aux.entrySet().stream().map(e -> new Analysis.Material(e.getKey(),
                e.getValue().mass, null, null, null, e.getValue().products))
                .sorted(Comparator.comparingDouble(Analysis.Material::massGram).reversed()).toList();

        Analysis.ProductionVersusUse pvu = new Analysis.ProductionVersusUse(pvuProduction, pvuUse,
                pvuUse != 0 ? pvuProduction / pvuUse : null, pvuProducts);
        double ghgTotal = ghg[0] + ghg[1] + ghg[2] + ghg[3];
        Analysis.Ghg ghgOut = new Analysis.Ghg(ghg[0], ghg[1], ghg[2], ghg[3], ghgTotal, pct(ghg[0], ghgTotal),
                pct(ghg[1], ghgTotal), pct(ghg[2], ghgTotal), pct(ghg[3], ghgTotal), anyGhgPerYear ? ghgPerYear : null,
                ghgProducts, ghgNoLife);

        List<Analysis.BiodiversitySum> bioOut = new ArrayList<>();
        bio.forEach((k, a) -> {
            int bar = k.lastIndexOf('|');
            bioOut.add(new Analysis.BiodiversitySum(bar == 0 ? null : k.substring(0, bar), k.substring(bar + 1), a.mass,
                    a.products));
        });

        List<Analysis.CodeCount> missingOut = missing.entrySet().stream()
                .map(e -> new Analysis.CodeCount(e.getKey(), e.getValue()[0])).toList();
        List<Analysis.FindingCount> findingOut = findingCount.entrySet().stream()
                .map(e -> new Analysis.FindingCount(e.getKey(), e.getValue()[0], findingExample.get(e.getKey())[0])).toList();
        Analysis.DataQuality dq = new Analysis.DataQuality(values, pct(measured, values), pct(calculated, values),
                pct(indicative, values), pct(values - measured - calculated - indicative, values), pct(evidence, values),
                pct(completeQ, totalQuantity), missingOut, findingOut, feedback, feedbackProducts);

        Analysis.Scope scope = new Analysis.Scope(subject.kind(), subject.id(), subject.name(), subject.items(),
                merged.size(), totalQuantity, List.copyOf(crmLists), List.copyOf(zzsLists), risk == null ? null : risk.id());
        return new Analysis(scope, composition, crmOut, crmTotals, recovery, zzsOut, apps, auxOut, auxMass, pvu, ghgOut,
                bioOut, dq, List.copyOf(rows), rows.size() < merged.size(), List.copyOf(findings));
    }

    /** largest GHG per year of use first, then the rest by name */
    static final Comparator<Analysis.ProductRow> ROW_ORDER = Comparator
            .comparingDouble((Analysis.ProductRow r) -> r.ghgGramPerYearOfUse() == null ? Double.NEGATIVE_INFINITY
                    : r.quantity() * r.ghgGramPerYearOfUse()).reversed()
            .thenComparing(Analysis.ProductRow::passportId).thenComparingInt(Analysis.ProductRow::version);

    /** the same passport version twice in a portfolio is one product with the quantities added */
    static List<Holding> merge(List<Holding> holdings) {
        Map<String, Holding> byKey = new LinkedHashMap<>();
        for (Holding h : holdings) {
            byKey.merge(h.facts().key(), h, (a, b) -> new Holding(a.facts(), a.quantity() + b.quantity()));
        }
        return byKey.size() == holdings.size() ? holdings : List.copyOf(byKey.values());
    }

    private static Map<String, Double> originalGrams(ProductFacts f) {
        Map<String, Double> original = new HashMap<>();
        f.materials().forEach(l -> original.merge(l.name(), l.massGram(), Double::sum));
        return original;
    }

    static Double pct(double part, double whole) {
        return whole > 0 ? 100 * part / whole : null;
    }

    private static List<Analysis.Recovered> recovered(Map<String, Acc> m) {
        return m.entrySet().stream().map(e -> new Analysis.Recovered(e.getKey(), e.getValue().mass, e.getValue().other,
                pct(e.getValue().mass, e.getValue().other))).toList();
    }

    private static List<Analysis.Application> applications(Map<String, Acc> m) {
        return m.entrySet().stream().map(e -> new Analysis.Application(e.getKey(), e.getValue().products,
                e.getValue().mass)).sorted(Comparator.comparingInt(Analysis.Application::products).reversed()).toList();
    }

    /** a sum and the number of distinct products in it (holdings are visited in order, so the last one tells) */
    private static final class Acc {
        double mass;
        double other;
        int products;
        int last = -1;

        void add(double m, int product) {
            mass += m;
            if (product != last) {
                products++;
                last = product;
            }
        }

        void add(double m, double o, int product) {
            other += o;
            add(m, product);
        }
    }

    private static final class SubstanceAcc {
        final String substance, cas, list;
        double mass;
        int products;
        int last = -1;

        SubstanceAcc(String substance, String cas, String list) {
            this.substance = substance;
            this.cas = cas;
            this.list = list;
        }

        void add(double m, int product) {
            mass += m;
            if (product != last) {
                products++;
                last = product;
            }
        }
    }

    private static final class CrmAcc {
        final String crm, material, list;
        double mass, perYear, massNoLife;
        boolean anyYear;
        int products;
        int last = -1;
        /** per manufacturer: gram, gram per year, any per year (1), products, last product */
        final Map<String, double[]> byManufacturer = new LinkedHashMap<>();
        final PriorityQueue<Analysis.Source> top = new PriorityQueue<>(SOURCE_ORDER.reversed());

        CrmAcc(String crm, String material, String list) {
            this.crm = crm;
            this.material = material;
            this.list = list;
        }

        void add(ProductFacts f, int product, double q, double gramPerUnit, Double life) {
            double m = q * gramPerUnit;
            Double year = life == null ? null : m / life;
            mass += m;
            if (year != null) {
                perYear += year;
                anyYear = true;
            } else {
                massNoLife += m;
            }
            boolean newProduct = product != last;
            if (newProduct) {
                products++;
                last = product;
            }
            String man = f.manufacturer() == null ? "(no manufacturer given)" : f.manufacturer();
            double[] s = byManufacturer.computeIfAbsent(man, k -> new double[]{0, 0, 0, 0, -1});
            s[0] += m;
            if (year != null) {
                s[1] += year;
                s[2] = 1;
            }
            if (s[4] != product) {
                s[3]++;
                s[4] = product;
            }
            double key = year == null ? -1 : year;
            Analysis.Source head = top.peek();
            // only a source that would stay among the 10 largest is created
            if (top.size() < 10 || key > (head.gramPerYearOfUse() == null ? -1 : head.gramPerYearOfUse())
                    || (key == (head.gramPerYearOfUse() == null ? -1 : head.gramPerYearOfUse()) && m > head.massGram())) {
                top.add(new Analysis.Source(f.passportId(), f.version(), f.name(), f.manufacturer(), q, m, year));
                if (top.size() > 10) {
                    top.poll();
                }
            }
        }

        Analysis.CriticalRawMaterial view(Analysis.SupplyRisk sr) {
            List<Analysis.Supplier> suppliers = new ArrayList<>();
            byManufacturer.forEach((k, s) -> suppliers.add(new Analysis.Supplier(k, s[0], s[2] > 0 ? s[1] : null,
                    (int) s[3])));
            suppliers.sort(Comparator.comparingDouble(Analysis.Supplier::massGram).reversed());
            List<Analysis.Source> sources = new ArrayList<>(top);
            sources.sort(SOURCE_ORDER);
            return new Analysis.CriticalRawMaterial(crm, material, list, mass, anyYear ? perYear : null, massNoLife,
                    products, List.copyOf(suppliers), List.copyOf(sources), sr);
        }
    }

    static final Comparator<Analysis.Source> SOURCE_ORDER = Comparator
            .comparingDouble((Analysis.Source s) -> s.gramPerYearOfUse() == null ? -1 : s.gramPerYearOfUse())
            .thenComparingDouble(Analysis.Source::massGram).reversed()
            .thenComparing(Analysis.Source::passportId).thenComparingInt(Analysis.Source::version);
}
