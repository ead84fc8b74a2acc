package course.grader.classreport;

import course.grader.api.Feedback;
import course.grader.protocol.Measurement;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A made-up class for testing the report: two exercises, students with every status, a reference
 * row, failed checks with feedback, a measured figure and a look-alike pair with its sources. The
 * same size always gives the same class.
 */
final class SampleClass {

    static final String TRICKY_NAME = "<script>alert(1)</script> & Co";
    static final String FEEDBACK_OF_FAILED_CHECK = "Expected: the balance to be exact";

    private static final List<ExerciseColumn> EXERCISES = List.of(
            new ExerciseColumn("counter", "Shared state behind a lock", 10),
            new ExerciseColumn("event", "An event on a lock and a condition", 6));

    private SampleClass() {
    }

    /** A class of {@code size} students plus the reference; student 1 has a name that must be escaped. */
    static ClassReport of(int size) {
        Random random = new Random(size);
        List<StudentRow> students = new ArrayList<>();
        students.add(graded("_reference", true, 10, 6, 2_000_000));
        students.add(new StudentRow("late-lucy", StudentRow.TIMED_OUT, false, 600_000,
                "The grading of this submission was stopped at its bound.", 0, 16, Map.of("counter", 0, "event", 0), null));
        students.add(graded(TRICKY_NAME, false, 4, 6, 900_000));
        for (int i = students.size(); i <= size; i++) {
            students.add(graded("student-%03d".formatted(i), false, random.nextInt(11), random.nextInt(7),
                    100_000 + random.nextInt(2_000_000)));
        }
        return new ClassReport("2026-11-22T10:00:00Z", EXERCISES, students,
                FailedChecksRanking.of(students), MeasurementComparison.of(students), List.of(lookAlikePair()), sources());
    }

    private static StudentRow graded(String name, boolean reference, int counter, int event, double opsPerSecond) {
        CheckGrade balance = new CheckGrade("exact-balance", "The balance stays exact", "stress", counter, 10,
                counter == 10, counter == 10 ? null : FEEDBACK_OF_FAILED_CHECK + " </script> after 8 threads",
                counter == 10 ? null : Feedback.expected("the balance to be exact").observed("it was off by 17")
                        .cause("two threads read the same old balance").revisit("mutual exclusion with a Lock"),
                120, Map.of("operations per second", new Measurement(opsPerSecond, "ops/s")), null);
        CheckGrade wakes = new CheckGrade("set-wakes-every-waiter", "set() wakes every waiter", "functional", event, 6,
                event == 6, event == 6 ? null : "Expected: every waiter to wake", null, 40, Map.of(), null);
        Grade grade = Grade.of(name, "2026-11-22T10:00:00Z", List.of(
                ExerciseGrade.graded("counter", "Shared state behind a lock", List.of(balance)),
                ExerciseGrade.graded("event", "An event on a lock and a condition", List.of(wakes))));
        return StudentRow.of(name, reference, 30_000, grade);
    }

    private static SimilarPair lookAlikePair() {
        return new SimilarPair("counter", "student-003", "student-004", 0.93,
                List.of(new SimilarPair.MatchedLines("Account.java", 2, 4, "Account.java", 3, 5)));
    }

    private static Map<String, Map<String, Map<String, String>>> sources() {
        Map<String, Map<String, Map<String, String>>> sources = new LinkedHashMap<>();
        sources.put("student-003", Map.of("counter", Map.of("Account.java",
                "package course.counter;\nclass Account {\n    long balance;\n    void deposit(long n) { balance += n; }\n}\n")));
        sources.put("student-004", Map.of("counter", Map.of("Account.java",
                "package course.counter;\n\nclass Account {\n    long money;\n    void deposit(long n) { money += n; }\n}\n")));
        return sources;
    }
}
