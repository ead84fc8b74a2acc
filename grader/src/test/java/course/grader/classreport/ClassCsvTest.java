package course.grader.classreport;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code class.csv}: a row per student that says whether their grading was contained and what was
 * left out of it; cells quoted where RFC 4180 needs it, and never run as a spreadsheet formula.
 */
class ClassCsvTest {

    @Test
    void eachRowSaysWhetherItsGradingWasContainedByWhatAndWhatWasLeftOut() {
        List<String> lines = Arrays.asList(ClassCsv.render(SampleClass.of(12)).split("\r\n"));
        assertTrue(lines.getFirst().endsWith(",total,max,contained,containment,left out"), lines.getFirst());
        assertTrue(rowOf(lines, SampleClass.UNCONTAINED).endsWith(",no," + SampleClass.UNCONTAINED_BY + ","
                + String.join("; ", SampleClass.LEFT_OUT)), rowOf(lines, SampleClass.UNCONTAINED));
        assertTrue(rowOf(lines, SampleClass.ORIGINAL).endsWith(",yes,a PID namespace of its own,"), rowOf(lines, SampleClass.ORIGINAL));
        assertTrue(rowOf(lines, SampleClass.CRASHED).endsWith(",,,"), "an unfinished grading has no grade to say it");
    }

    private static String rowOf(List<String> lines, String student) {
        return lines.stream().filter(line -> line.startsWith(student + ",")).findFirst().orElseThrow();
    }

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
