package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.mki.ShadowPriceSet;
import nl.kringloop.mki.engine.MkiEngine;
import nl.kringloop.mki.engine.RuleBinding;
import nl.kringloop.mki.engine.UnitMismatch;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.FiniteNumbers;
import nl.kringloop.platform.HostedExtension;
import nl.kringloop.platform.PluginHost;
import nl.kringloop.platform.Refusals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the MKI engine with what the plugins provide: the document's shadow-price set and every
 * {@link MkiRule}. Each rule is called through the plugin host with its time limit, once for all lines and
 * once for the project — never once per line.
 */
@ApplicationScoped
public class MkiCalculationService {

    @Inject
    PluginHost host;

    @Inject
    AnnexDCards annexD;

    @Inject
    CardLibrary library;

    /**
     * Parses a request body's UTF-8 bytes and calculates; a malformed document is refused naming the field.
     * Card ids not embedded are looked up in the stored Annex D sets ({@code annex-d:<version>:<row id>}) and in
     * the card library version the document names ({@code nmdVersion}, §1.4), and embedded (docs/mki.md: cards may
     * be referenced by id).
     */
    public MkiResult calculate(byte[] body) {
        return calculate(ProjectDocumentReader.read(body, this::cardSource));
    }

    private ProjectDocumentReader.CardSource cardSource(String nmdVersion) {
        return id -> annexD.card(id).or(() -> nmdVersion == null
                ? Optional.empty() : library.card(nmdVersion, id).map(CardImport::toCard));
    }

    public MkiResult calculate(ProjectDocument doc) {
        return result(compile(doc));
    }

    /**
     * Compiles the document with the loaded shadow-price set and rules, for {@link #result} and what-if edits.
     *
     * @throws DomainException (invalid) when the document's shadow-price set is not loaded, or a card's unit not its
     */
    public MkiEngine.Compilation compile(ProjectDocument doc) {
        HostedExtension<ImpactWeighting> w = host.extension(ImpactWeighting.class, doc.weighting())
                .orElseThrow(() -> DomainException.invalid("weighting", "weighting: no loaded shadow-price set '"
                        + doc.weighting() + "'; see GET /api/methodologies/weightings"));
        ShadowPriceSet set = host.call(w, "shadowPriceSet()", ImpactWeighting::shadowPriceSet);
        MkiEngine.WeightingSource source = new MkiEngine.WeightingSource(set, w.pluginId(), w.pluginVersion());
        try {
            return MkiEngine.compile(doc, source, rules());
        } catch (UnitMismatch m) {
            throw refusal(m);
        }
    }

    /** the engine's stop as the request's refusal: every card indicator in the wrong unit an invalid field */
    static DomainException refusal(UnitMismatch m) {
        return DomainException.invalidFields(m.getMessage(), m.errors().stream().map(Refusals::fieldError).toList());
    }

    /** @return the compiled project's result; a figure out of range is a 400 naming it */
    public MkiResult result(MkiEngine.Compilation c) {
        MkiResult result = c.result(c.totals());
        // a figure JSON cannot carry is the input's fault (quantities or impacts too large), never a 500 on writing
        if (!finite(result)) {
            // the generic walk names the first figure out of range; it builds a path for every figure, so only here
            FiniteNumbers.require(result, "result", "lines[].quantity, cards[].impacts");
        }
        return result;
    }

    /** @return the compiled project's result without per-line rows */
    public MkiResultSummary summary(MkiEngine.Compilation c) {
        return c.summary(c.totals());
    }

    /** @return true when every number of the result is finite: each figure FiniteNumbers would look at */
    static boolean finite(MkiResult r) {
        boolean ok = Double.isFinite(r.totalMkiEuro()) && finite(r.byModule());
        if (r.byObject() != null) {
            for (MkiResult.ObjectTotal o : r.byObject()) {
                ok &= Double.isFinite(o.mkiEuro()) && Double.isFinite(o.subtreeMkiEuro());
            }
        }
        if (r.lines() != null) {
            for (MkiResult.LineResult l : r.lines()) {
                ok &= Double.isFinite(l.quantity()) && Double.isFinite(l.mkiEuro()) && finite(l.byModule());
                if (l.factors() != null) {
                    for (MkiResult.AppliedFactor f : l.factors()) {
                        ok &= Double.isFinite(f.value());
                    }
                }
                MkiResult.PricingUsed p = l.pricing();
                if (p != null) {
                    ok &= Double.isFinite(p.quantity()) && finite(p.euroPerUnit()) && finite(p.publishedBreakdown());
                }
            }
        }
        return ok;
    }

    private static boolean finite(Map<String, Double> m) {
        if (m != null) {
            for (Double v : m.values()) {
                if (v != null && !Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return every rule extension, in plugin then id order (a stable order keeps results reproducible) */
    public List<RuleBinding> rules() {
        return host.extensions(MkiRule.class).stream().<RuleBinding>map(ext -> new HostedRule(host, ext)).toList();
    }

    /** A rule called through the plugin host: with its time limit, the rules of one plugin in one call together. */
    private record HostedRule(PluginHost host, HostedExtension<MkiRule> ext) implements RuleBinding {

        @Override
        public String pluginId() {
            return ext.pluginId();
        }

        @Override
        public String pluginVersion() {
            return ext.pluginVersion();
        }

        @Override
        public ExtensionInfo info() {
            return ext.info();
        }

        @Override
        public <R> R call(String operation, Function<MkiRule, R> fn) {
            return host.call(ext, operation, fn);
        }

        @Override
        public <R> List<Answer<R>> callTogether(List<RuleBinding> rules, String operation, Function<MkiRule, R> fn) {
            List<HostedExtension<MkiRule>> exts = rules.stream().map(r -> ((HostedRule) r).ext()).toList();
            return host.callEach(exts, operation, fn).stream()
                    .map(a -> new Answer<R>(a.value(), a.failure())).toList();
        }
    }
}
