package nl.kringloop.api;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataFileTest {

    private static DataFile parse(String text, int fields, String... required) throws Exception {
        return DataFile.parse("t.csv", new BufferedReader(new StringReader(text)), fields, required);
    }

    @Test
    void headerAndRowsAreReadWithTheirLineNumbers() throws Exception {
        DataFile f = parse("# id: x\n# version: 1\n# source: s: with colon\n\nGWP; 0.05 ;\n", 3);
        assertEquals("s: with colon", f.header("source"));
        assertEquals(5, f.rows().get(0).lineNumber());
        assertEquals(0.05, f.rows().get(0).number(1));
        assertNull(f.rows().get(0).number(2));
        assertEquals("line 5: bad", f.error(f.rows().get(0), "bad").getMessage().substring(6));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("# id: x\n# version: 1\n# source: s\nA;B\n", 3));
        assertEquals("t.csv line 4: expected 3 fields, got 2", e.getMessage());
    }

    @Test
    void aMissingHeaderIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("# id: x\n# version: 1\n# source: s\n", 1, "confidence"));
        assertEquals("t.csv: header 'confidence' missing", e.getMessage());
    }
}
