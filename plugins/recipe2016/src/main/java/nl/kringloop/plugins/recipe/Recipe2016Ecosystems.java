package nl.kringloop.plugins.recipe;

import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.Finding;
import nl.kringloop.api.RuleRef;
import nl.kringloop.api.impact.CharacterisedValue;
import nl.kringloop.api.impact.Factor;
import nl.kringloop.api.impact.FactorFile;
import nl.kringloop.api.impact.ImpactMethod;
import nl.kringloop.api.impact.ImpactProfile;
import nl.kringloop.api.impact.ImpactResult;
import nl.kringloop.api.impact.ImpactTerm;
import nl.kringloop.api.impact.IndicatorValue;
import org.pf4j.Extension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ReCiPe 2016 endpoint, damage to ecosystems, hierarchist (ReCiPe 2016 v1.1, RIVM report 2016-0104a): damage = Σ midpoint × factor, in
 * species·yr (the species lost over a year), per ecosystem (terrestrial, freshwater, marine) and in total — the
 * value a passport's B2.1 asks for, with the method named. GLOBIO's mean species abundance is a state indicator,
 * not an LCA factor, and is not offered here.
 */
@Extension
public class Recipe2016Ecosystems implements ImpactMethod {

    static final String METHOD = "ReCiPe 2016 v1.1 endpoint H, damage to ecosystems";
    static final RuleRef RULE = new RuleRef("ReCiPe 2016 v1.1", "midpoint to endpoint, ecosystems, H (RIVM report 2016-0104a)");
    static final String UNIT = "species.yr";
    private static final EcosystemFactors FACTORS = EcosystemFactors.load();

    @Override
    public ExtensionInfo describe() {
        return new ExtensionInfo("recipe2016", "ReCiPe 2016 damage to ecosystems (H)",
                "Damage to terrestrial, freshwater and marine ecosystems in species.yr from ReCiPe 2016 midpoints,"
                        + " hierarchist factors; data file " + FACTORS.file().id() + " " + FACTORS.file().version()
                        + ". For CPP B2.1 (impact on biodiversity).",
                List.of(RULE, new RuleRef("CPP guideline", "B2.1")));
    }

    @Override
    public FactorFile factorFile() {
        return FACTORS.file();
    }

    @Override
    public List<Factor> factors() {
        return FACTORS.factors();
    }

    @Override
    public List<Finding> validate(ImpactProfile profile) {
        List<Finding> errors = new ArrayList<>();
        for (Map.Entry<String, IndicatorValue> v : profile.values().entrySet()) {
            FACTORS.factors().stream().filter(f -> f.indicator().equals(v.getKey())).findFirst()
                    .filter(f -> !canonical(f.unit()).equals(canonical(v.getValue().unit())))
                    .ifPresent(f -> errors.add(Finding.error(RULE, v.getKey(), "values." + v.getKey() + ".unit",
                            "ReCiPe 2016 gives " + f.name() + " in " + f.unit() + ", not in " + v.getValue().unit()
                                    + ": convert it first")));
        }
        return errors;
    }

    @Override
    public ImpactResult apply(ImpactProfile profile) {
        Map<String, Double> byEcosystem = new LinkedHashMap<>();
        EcosystemFactors.ECOSYSTEMS.forEach(e -> byEcosystem.put(e, 0.0));
        List<ImpactTerm> terms = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        FACTORS.factors().forEach(f -> known.add(f.indicator()));
        double total = 0;
        for (Map.Entry<String, IndicatorValue> v : profile.values().entrySet()) {
            String code = v.getKey();
            if (!known.contains(code)) {
                notes.add(Finding.warning(RULE, code, "values." + code, "'" + code + "' has no ReCiPe 2016 ecosystem"
                        + " damage factor: not counted. Known: " + String.join(", ", known)));
                continue;
            }
            double value = v.getValue().value();
            for (Factor f : FACTORS.factors()) {
                if (!f.indicator().equals(code)) {
                    continue;
                }
                double damage = value * f.value();
                byEcosystem.merge(f.kind(), damage, Double::sum);
                total += damage;
                terms.add(new ImpactTerm(code, f.kind() + " ecosystems", value, f.unit(), List.of(f), damage, UNIT));
                if (f.flagged()) {
                    notes.add(Finding.warning(RULE, code, "values." + code, "The factor " + f.value() + " is "
                            + f.confidence() + ": " + f.note()));
                }
            }
        }
        List<CharacterisedValue> characterised = new ArrayList<>();
        byEcosystem.forEach((e, d) -> characterised.add(new CharacterisedValue(e, "damage to " + e + " ecosystems",
                d, UNIT)));
        return new ImpactResult(METHOD, total, "damage to ecosystems", UNIT, characterised, terms, notes,
                FACTORS.file());
    }

    private static String canonical(String unit) {
        return unit.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_.·]", "");
    }
}
