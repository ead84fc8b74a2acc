package course.grader.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** grade.md leads with what needs work, says why an exercise did not run, and folds what passed. */
class MarkdownReportTest {

    private static final Feedback LOST_UPDATE = Feedback.expected("a balance of 0").observed("12").cause("a lost update")
            .revisit("locks");

    private static final String MARKDOWN = MarkdownReport.render(Grade.of("student-a", "2026-12-07T00:00:00Z",
            "a PID namespace of its own", List.of(), List.of(
                    ExerciseGrade.graded("threadlocal", "Per-thread context", List.of(passed("uses-a-thread-local"))),
                    ExerciseGrade.graded("counter", "Shared state", List.of(passed("uses-a-lock"),
                            new CheckGrade("exact-balance", "Exact balance", CheckKind.STRESS, 0, 4, false, null,
                                    LOST_UPDATE.render(), LOST_UPDATE, 900, Map.of(), null))),
                    new ExerciseGrade("parking", "Car park", ExerciseStatus.NOT_COMPILED, 0, 3,
                            "ParkingLot.java:3: error: ';' expected", List.of(new CheckGrade("limit", "Limit",
                            CheckKind.STRESS, 0, 3, false, CheckStatus.NOT_RUN, "not run: its sources did not compile",
                            null, 0, Map.of(), null))))));

    private static CheckGrade passed(String id) {
        return new CheckGrade(id, id, CheckKind.ARCHITECTURE, 1, 1, true, null, null, null, 120, Map.of(), null);
    }

    @Test
    void exercisesThatLostPointsComeFirstAndTheirFailuresBeforeTheirTable() {
        int counter = MARKDOWN.indexOf("## counter: 1 / 5");
        int parking = MARKDOWN.indexOf("## parking: 0 / 3");
        int threadlocal = MARKDOWN.indexOf("threadlocal: 1 / 1</summary>");
        assertTrue(counter > 0 && parking > counter && threadlocal > parking, MARKDOWN);
        assertTrue(MARKDOWN.indexOf("- Observed: 12") < MARKDOWN.indexOf("| uses-a-lock"), MARKDOWN);
        assertTrue(MARKDOWN.indexOf("| counter —") < MARKDOWN.indexOf("| threadlocal —"), MARKDOWN);
    }

    @Test
    void theSummarySaysWhyAnExerciseDidNotRun() {
        assertTrue(MARKDOWN.contains("| parking — Car park | 0 / 3 | ❌ does not compile: no check ran |"), MARKDOWN);
        assertTrue(MARKDOWN.contains("| counter — Shared state | 1 / 5 | exact-balance |"), MARKDOWN);
    }

    @Test
    void anExerciseAtFullMarksIsFolded() {
        String folded = MARKDOWN.substring(MARKDOWN.indexOf("<details><summary>✅ threadlocal"));
        assertTrue(folded.contains("| uses-a-thread-local: uses-a-thread-local |"), folded);
        assertTrue(folded.strip().endsWith("</details>"), folded);
        assertTrue(!MARKDOWN.contains("## threadlocal"), MARKDOWN);
    }
}
