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
    }
}
