package course.grader.report;

import course.grader.api.CheckKind;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a grade is read — the console at the end of {@code mvn verify} or {@code grade}, and
 * {@code grade.md} — it says whether the operating system contained the graded code, by what, and
 * which of the submission's files were left out: a student whose laptop offers no containment sees
 * plainly that the grade is feedback, not a grade of record.
 */
class GradingConditionsTest {

    private static final String CONTAINED_BY = "a PID and mount namespace of its own (unshare), killed as a whole";
    private static final String UNCONTAINED_BY = Grade.UNCONTAINED + ": this machine offers no containment the grader can use";
    private static final List<String> LEFT_OUT = List.of("course/helpers/Quitter.java: not an exercise's package",
            "course/counter/<b>Bold</b>|*x*.class: not a source file");

    private static Grade grade(String containment, List<String> leftOut) {
        ExerciseGrade counter = ExerciseGrade.graded("counter", "Shared state", List.of(
                new CheckGrade("uses-a-lock", "Uses a lock", CheckKind.ARCHITECTURE, 1, 1, true, null, null, null, 120, Map.of(), null)));
        return Grade.of("student-a", "2026-12-04T00:00:00Z", containment, leftOut, List.of(counter));
    }

    @Test
    void aContainedGradeSaysByWhat() {
        Grade grade = grade(CONTAINED_BY, List.of());
        assertTrue(grade.contained());
        String console = ConsoleReport.render(grade, "grade.json");
        assertTrue(console.replaceAll("\\s+", " ").contains("Contained: the graded code ran in " + CONTAINED_BY), console);
        assertFalse(console.contains("Left out"), console);
        assertTrue(MarkdownReport.render(grade).contains("🔒 Contained: the graded code ran in " + CONTAINED_BY), MarkdownReport.render(grade));
    }

    @Test
    void anUncontainedGradeSaysSoFirstAndListsWhatWasLeftOut() {
        Grade grade = grade(UNCONTAINED_BY, LEFT_OUT);
        assertFalse(grade.contained());

        String console = ConsoleReport.render(grade, "grade.json");
        List<String> lines = console.lines().toList();
        assertTrue(lines.get(2).startsWith("   NOT CONTAINED: the graded code ran without"), console);
        assertTrue(console.replaceAll("\\s+", " ").contains("A grade made this way is feedback, not a grade of record."), console);
        List<String> header = lines.subList(0, lines.subList(1, lines.size()).indexOf(lines.getFirst()) + 1);
        assertTrue(header.size() > 3 && header.stream().allMatch(line -> line.length() <= lines.getFirst().length()),
                "the sentence is not wrapped within the rule:\n" + console);
        assertTrue(console.contains("Left out of the grading, never compiled nor on a class path (2 files):"), console);
        LEFT_OUT.forEach(file -> assertTrue(console.contains("   " + file + "\n"), console));

        String md = MarkdownReport.render(grade);
        assertTrue(md.contains("\n⚠️ NOT CONTAINED: the graded code ran without the operating system's containment ("
                + MarkdownReport.escape(UNCONTAINED_BY) + ")"), md);
        assertTrue(md.contains("| course/helpers/Quitter.java: not an exercise's package |\n"), md);
        assertTrue(md.contains("| course/counter/&lt;b&gt;Bold&lt;/b&gt;\\|\\*x\\*.class: not a source file |\n"), md);
    }

    @Test
    void aGradeThatDoesNotSayHowItRanCountsAsUncontained() {
        Grade grade = grade(null, List.of());
        assertFalse(grade.contained());
        assertTrue(ConsoleReport.render(grade, "grade.json").contains("NOT CONTAINED"));
    }

    @Test
    void aLongListOfLeftOutFilesIsCutWhereItIsReadAndWholeInGradeJson() {
        List<String> many = IntStream.range(0, 25).mapToObj(i -> "junk/file" + i + ".txt: not an exercise's source").toList();
        Grade grade = grade(CONTAINED_BY, many);
        List<String> listed = GradingConditions.leftOutListed(grade);
        assertEquals(GradingConditions.LISTED + 1, listed.size());
        assertEquals("… and 5 more, listed in grade.json", listed.getLast());
        assertTrue(ConsoleReport.render(grade, "grade.json").contains("(25 files)"));
        assertEquals(25, grade.leftOut().size());
    }
}
