package nl.kringloop.impact;

import nl.kringloop.api.impact.ImpactProfile;
import nl.kringloop.platform.DomainException;
import nl.kringloop.platform.ProblemMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImpactProfileReaderTest {

    @Test
    void anImpactProfileNeedsValueAndUnit() {
        ImpactProfile p = ImpactProfileReader.read("""
                {"values": {"climate-change": {"value": 12.5, "unit": "kg CO2-eq"}}}""");
        assertEquals(12.5, p.values().get("climate-change").value());
        DomainException e = assertThrows(DomainException.class, () -> ImpactProfileReader.read("""
                {"values": {"climate-change": {"value": 12.5}}}"""));
        assertEquals("values.climate-change.unit", ProblemMapper.problem(e).field());
    }
}
