package nl.kringloop.plugins.cpf;

import nl.kringloop.api.circularity.Component;
import nl.kringloop.api.circularity.Disassembly;
import nl.kringloop.api.circularity.ProductionWaste;
import nl.kringloop.api.circularity.Recovery;
import nl.kringloop.api.circularity.SecondaryInput;
import nl.kringloop.api.circularity.SourcedShare;

import java.util.List;

/** Short constructors for the bills of the tests. */
final class Bills {

    private Bills() {
    }

    static SourcedShare supplier(double share) {
        return new SourcedShare(share, "supplier", List.of("proof.pdf"), false);
    }

    static SourcedShare marketAverage(double share) {
        return new SourcedShare(share, "market average", List.of(), true);
    }

    static SecondaryInput recycled(SourcedShare... s) {
        return new SecondaryInput(List.of(s), List.of(), List.of());
    }

    static Recovery recovery(double recycled, double reused, double composted) {
        return new Recovery(recycled, reused, composted, composted > 0 ? "EN 13432" : "", List.of("proof.pdf"));
    }

    static Component component(String id, double unitMassGram, double units, boolean maintenance, Double cpfx,
                               SecondaryInput in, double wasteGram, Recovery wasteRecovery) {
        return new Component(id, id, "supplier", "pcs", unitMassGram, units, maintenance, cpfx, in,
                new ProductionWaste(wasteGram, wasteRecovery), List.of(), null);
    }

    static Disassembly disassembly(String id, double unitMassGram, double count, Recovery endOfLife) {
        return new Disassembly(id, id, unitMassGram, count, endOfLife, null);
    }
}
