package nl.kringloop.circularity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringloop.api.Finding;
import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.CircularityMethod;
import nl.kringloop.api.circularity.CircularityResult;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.HostedExtension;
import nl.kringloop.platform.PluginHost;
import nl.kringloop.platform.Problem;
import nl.kringloop.platform.MethodView;
import nl.kringloop.platform.Refusals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads, validates and computes a bill of materials with a circularity plugin: for {@code POST
 * /api/circularity/{method}} and for the passport register, which attaches the value to a draft.
 */
@ApplicationScoped
public class CircularityService {

    @Inject
    PluginHost host;

    /** the method's plugin extension; unknown when no loaded plugin offers it */
    public HostedExtension<CircularityMethod> method(String id) {
        return host.extension(CircularityMethod.class, id)
                .orElseThrow(() -> DomainException.unknown("Circularity method", id));
    }

    /** computes a bill of materials sent as JSON; a refused value is named by its JSON field */
    public CircularityResource.Result compute(String method, String body) {
        return compute(method(method), BillOfMaterialsReader.read(body),
                f -> new Problem.FieldError(f.field(), f.rule(), f.message()));
    }

    /** Validates and computes a bill, whatever form it came in; {@code where} names a refused value's place. */
    public CircularityResource.Result compute(HostedExtension<CircularityMethod> ext, BillOfMaterials bill,
                                              Function<Finding, Problem.FieldError> where) {
        List<Finding> refusals = new ArrayList<>(bill.inputErrors());
        Refusals.refuseErrors(refusals, where);
        refusals.addAll(host.call(ext, "validate(bill)", m -> m.validate(bill)));
        Refusals.refuseErrors(refusals, where);
        CircularityResult r = host.call(ext, "calculate(bill)", m -> m.calculate(bill));
        return new CircularityResource.Result(MethodView.of(ext, null), bill.productId(), bill.name(),
                bill.subject().name(), r.indicator(), r.method(), r.scorePercent(), r.indicative(), r.proven(),
                r.terms(), r.findings());
    }
}
