package nl.kringloop.mki;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringloop.api.ExtensionInfo;
import nl.kringloop.api.mki.ImpactWeighting;
import nl.kringloop.api.mki.MkiRule;
import nl.kringloop.api.mki.ShadowPriceSet;
import nl.kringloop.mki.engine.MkiEngine;
import nl.kringloop.mki.engine.RuleBinding;
import nl.kringloop.platform.HostedExtension;
import nl.kringloop.platform.PluginHost;
import nl.kringloop.platform.ProblemException;

import java.util.List;
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
     * Parses and calculates; a malformed document is a 400 problem naming the field. Card ids not embedded are
     * looked up in the stored Annex D sets ({@code annex-d:<version>:<row id>}) and in the card library version
     * the document names ({@code nmdVersion}, §1.4), and embedded (docs/mki.md: cards may be referenced by id).
     */
    public MkiResult calculate(String body) {
        jakarta.json.JsonValue json = nl.kringloop.platform.JsonInput.parse(body);
        String nmdVersion = json instanceof jakarta.json.JsonObject o
                && o.get("nmdVersion") instanceof jakarta.json.JsonString s ? s.getString() : null;
        ProjectDocumentReader.CardLibrary cards = id -> annexD.card(id).or(() -> nmdVersion == null
                ? java.util.Optional.empty() : library.card(nmdVersion, id).map(CardImport::toCard));
        return calculate(ProjectDocumentReader.read(json, cards));
    }

    public MkiResult calculate(ProjectDocument doc) {
        HostedExtension<ImpactWeighting> w = host.extension(ImpactWeighting.class, doc.weighting())
                .orElseThrow(() -> ProblemException.invalidField("weighting", "weighting: no loaded shadow-price set '"
                        + doc.weighting() + "'; see GET /api/methodologies/weightings"));
        ShadowPriceSet set = host.call(w, "shadowPriceSet()", ImpactWeighting::shadowPriceSet);
        MkiEngine.WeightingSource source = new MkiEngine.WeightingSource(set, w.pluginId(), w.pluginVersion());
        MkiResult result = MkiEngine.calculate(doc, source, rules());
        // a figure JSON cannot carry is the input's fault (quantities or impacts too large), never a 500 on writing
        nl.kringloop.platform.FiniteNumbers.require(result, "result", "lines[].quantity, cards[].impacts");
        return result;
    }

    /** @return every rule extension, in plugin then id order (a stable order keeps results reproducible) */
    public List<RuleBinding> rules() {
        return host.extensions(MkiRule.class).stream().map(this::binding).toList();
    }

    private RuleBinding binding(HostedExtension<MkiRule> ext) {
        return new RuleBinding() {
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
        };
    }
}
