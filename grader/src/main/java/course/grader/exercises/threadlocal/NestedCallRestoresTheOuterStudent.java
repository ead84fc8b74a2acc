package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.threadlocal.StudentContext;
import course.threadlocal.Transcript;

/**
 * A task calls callAs for another student, once returning and once throwing, then for its own
 * student again: the inner task sees the inner student, the outer task sees its own again
 * afterwards, and the thread ends with none.
 */
@CheckInfo(id = "nested-call-restores-the-outer-student", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "A nested callAs serves the inner student, then gives the outer one back, returning or throwing")
public final class NestedCallRestoresTheOuterStudent implements CheckBody {

    private static final String OUTER = "outer-student";
    private static final String INNER = "inner-student";

    @Override
    public void run(CheckContext context) throws Exception {
        for (String innerStudent : new String[] {INNER, OUTER}) {
            for (boolean innerThrows : new boolean[] {false, true}) {
                nest(innerStudent, innerThrows);
            }
        }
    }

    /** An outer call for {@link #OUTER} around a nested call for {@code innerStudent}. */
    private static void nest(String innerStudent, boolean innerThrows) throws Exception {
        String[] seen = StudentContext.callAs(OUTER, () -> {
            String inner;
            try {
                inner = StudentContext.callAs(innerStudent, () -> {
                    if (innerThrows) {
                        throw new IllegalStateException(Transcript.header());
                    }
                    return Transcript.header();
                });
            } catch (IllegalStateException thrown) {
                inner = thrown.getMessage();
            }
            return new String[] {inner, StudentContext.current()};
        });
        boolean same = innerStudent.equals(OUTER);
        String nested = "a nested call" + (same ? " for the same student, '" + OUTER + "'," : "") + " that "
                + (innerThrows ? "threw" : "returned");
        require(("Transcript of " + innerStudent).equals(seen[0]), "the inner task to see '" + innerStudent + "'",
                "it read \"" + seen[0] + "\"", "callAs does not set the inner student over the outer one");
        require(OUTER.equals(seen[1]), "the outer student '" + OUTER + "' to be current again after " + nested,
                "the outer task then saw " + (seen[1] == null ? "null" : "'" + seen[1] + "'"),
                same ? "the nested call took itself for the outermost because its student was the outer one's, and"
                        + " removed the value in finally: a call is the outermost when there was no student before"
                        + " it, whoever the student is"
                        : "the nested call removes (or overwrites) the value in finally instead of putting back the"
                                + " student that was there before it");
        require(StudentContext.current() == null, "no student on the thread after the outermost call",
                "the thread still serves '" + StudentContext.current() + "'",
                "the outermost call puts back a student instead of removing the value");
    }

    private static void require(boolean holds, String expected, String observed, String cause) throws CheckFailure {
        if (!holds) {
            throw new CheckFailure(Feedback.expected(expected).observed(observed).cause(cause)
                    .revisit("remember the outer value before set(); in finally set it back, or remove() if there"
                            + " was none"));
        }
    }
}
