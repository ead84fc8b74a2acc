package course.grader.classreport;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code class.csv} cells: quoted where RFC 4180 needs it, and never run as a spreadsheet formula. */
class ClassCsvTest {

    @Test
    void cellsAreQuotedOnlyWhereNeeded() {
        assertEquals("alice", ClassCsv.quoted("alice"));
        assertEquals("\"Smith, Ann\"", ClassCsv.quoted("Smith, Ann"));
        assertEquals("\"say \"\"hi\"\"\"", ClassCsv.quoted("say \"hi\""));
        assertEquals("-3", ClassCsv.quoted("-3"));
    }

    @Test
    void aNameThatLooksLikeAFormulaStaysText() {
        assertEquals("'=HYPERLINK(1)", ClassCsv.quoted("=HYPERLINK(1)"));
        assertEquals("\"'=SUM(A1,B1)\"", ClassCsv.quoted("=SUM(A1,B1)"));
        assertEquals("'@cmd", ClassCsv.quoted("@cmd"));
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"grade\"\")\"",
                ClassCsv.quoted("=HYPERLINK(\"https://evil.example\",\"grade\")"));
        assertEquals("'+cmd|' /C calc'!A0", ClassCsv.quoted("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", ClassCsv.quoted("-2+3"));
        assertEquals("'\t=1+1", ClassCsv.quoted("\t=1+1"));
        assertEquals("'\uFF1D1+1", ClassCsv.quoted("\uFF1D1+1"), "a full-width equals sign");
    }

    @Test
    void terminalEscapesAndControlCharactersDoNotReachTheSpreadsheet() {
        assertEquals("redalice", ClassCsv.quoted("\u001B[31mred\u001B[0m\u0000alice"));
    }
}
