package nl.kringloop.circularity;

import nl.kringloop.api.circularity.BillOfMaterials;
import nl.kringloop.api.circularity.BomSubject;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import nl.kringloop.platform.Refusals;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BillOfMaterialsReaderTest {

    @Test
    void readsTheNestedFormMemberForMember() {
        BillOfMaterials b = BillOfMaterialsReader.read("""
                {"subject": "component", "components": [{"id": "steel", "unitMassGram": 500, "unitsPerProduct": 2,
                  "secondaryInput": {"recycled": [{"share": 0.6, "source": "mill"}, {"share": 0.5}]},
                  "productionWaste": {"massGram": 100, "recovery": {"recycledShare": 0.8}}}]}""");
        assertEquals(BomSubject.COMPONENT, b.subject());
        assertEquals(1000, b.components().get(0).massGram());
        assertEquals(0.5, b.components().get(0).secondaryInput().worstCaseTotalShare());
        assertEquals(0.8, b.components().get(0).productionWaste().recovery().recoveredShare());
        assertEquals(0, b.inputErrors().size());
    }

    @Test
    void aWrongTypeNamesItsPath() {
        DomainException e = assertThrows(DomainException.class, () -> BillOfMaterialsReader.read("""
                {"components": [{"id": "a", "unitMassGram": 1, "unitsPerProduct": 1,
                  "secondaryInput": {"reused": [{"share": "half"}]}}]}"""));
        assertEquals("components[0].secondaryInput.reused[0].share", ProblemMapper.problem(e).field());
        assertEquals(400, ProblemMapper.problem(e).status());
    }

    @Test
    void aMissingMassNamesItsPath() {
        DomainException e = assertThrows(DomainException.class, () -> BillOfMaterialsReader.read("""
                {"components": [{"id": "a", "unitsPerProduct": 1}]}"""));
        assertEquals("components[0].unitMassGram", ProblemMapper.problem(e).field());
    }

    @Test
    void refusalsBecomeOneProblemNamingTheFirstField() {
        BillOfMaterials b = BillOfMaterialsReader.read("""
                {"components": [{"id": "a", "unitMassGram": 1, "unitsPerProduct": 1}],
                 "disassemblies": [{"id": "d", "unitMassGram": 1, "count": 1, "endOfLife": {"compostedShare": 1}}]}""");
        DomainException e = assertThrows(DomainException.class, () -> Refusals.refuseErrors(b.inputErrors()));
        assertEquals("disassemblies[0].endOfLife.compostabilityStandard", ProblemMapper.problem(e).field());
        assertEquals(1, ProblemMapper.problem(e).errors().size());
    }
}
