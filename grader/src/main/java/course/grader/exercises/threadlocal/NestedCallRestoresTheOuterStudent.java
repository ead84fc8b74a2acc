package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.WorkerFailedException;
import course.threadlocal.StudentContext;
import course.threadlocal.Transcript;
import java.time.Duration;

/**
 * A task calls callAs for another student, once returning and once throwing, then for its own
 * student again: the inner task sees the inner student, the outer task sees its own again
 * afterwards, and the thread ends with none. Then {@value #THREADS} threads do the same at once,
 * {@value #ROUNDS} times each, each for students of its own: what a call puts back is its own
 * thread's, never another's.
 */
@CheckInfo(id = "nested-call-restores-the-outer-student", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "A nested callAs serves the inner student, then gives the outer one back, returning or throwing")
public final class NestedCallRestoresTheOuterStudent implements CheckBody {

    private static final String OUTER = "outer-student";
    private static final String INNER = "inner-student";
    private static final int THREADS = 4;
    private static final int ROUNDS = 2_000;
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Override
    public void run(CheckContext context) throws Exception {
        everyNesting(OUTER, INNER, false);
        try {
            ThreadGang.start("nesting-teller", THREADS, index -> {
                for (int round = 0; round < ROUNDS; round++) {
                    everyNesting(OUTER + "-" + index, INNER + "-" + index, true);
                }
            }).join(BOUND);
        } catch (WorkerFailedException failed) {
            if (failed.getCause() instanceof CheckFailure finding) {
                throw finding;
            }
            throw failed;
        }
    }

    /**
     * Every nesting, for students of one thread. {@code concurrently}: other threads do the same at
     * once, after the same nestings passed on one thread, so what goes wrong now is what they share.
     */
    private static void everyNesting(String outer, String inner, boolean concurrently) throws Exception {
        for (String innerStudent : new String[] {inner, outer}) {
            for (boolean innerThrows : new boolean[] {false, true}) {
                nest(outer, innerStudent, innerThrows, concurrently);
            }
        }
    }

    /** An outer call for {@code outer} around a nested call for {@code innerStudent}. */
    private static void nest(String outer, String innerStudent, boolean innerThrows, boolean concurrently)
            throws Exception {
        String[] seen = StudentContext.callAs(outer, () -> {
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
        boolean same = innerStudent.equals(outer);
        String nested = "a nested call" + (same ? " for the same student, '" + outer + "'," : "") + " that "
                + (innerThrows ? "threw" : "returned");
        String shared = concurrently ? "the same nested calls gave every student back on one thread, and fail with "
                + THREADS + " threads at once: the students to put back are kept where the threads share them (a"
                + " static stack, list or field), so a call puts back what another thread's call saved. Only the"
                + " ThreadLocal's value, or a local variable of the call, belongs to one thread" : null;
        require(("Transcript of " + innerStudent).equals(seen[0]), "the inner task to see '" + innerStudent + "'",
                "it read \"" + seen[0] + "\"", shared != null ? shared : "callAs does not set the inner student over the"
                        + " outer one");
        require(outer.equals(seen[1]), "the outer student '" + outer + "' to be current again after " + nested,
                "the outer task then saw " + (seen[1] == null ? "null" : "'" + seen[1] + "'")
                        + (concurrently ? ", while " + (THREADS - 1) + " other threads did the same" : ""),
                shared != null ? shared
                : same ? "the nested call took itself for the outermost because its student was the outer one's, and"
                        + " removed the value in finally: a call is the outermost when there was no student before"
                        + " it, whoever the student is"
                        : "the nested call removes (or overwrites) the value in finally instead of putting back the"
                                + " student that was there before it");
        require(StudentContext.current() == null, "no student on the thread after the outermost call",
                "the thread still serves '" + StudentContext.current() + "'",
                shared != null ? shared : "the outermost call puts back a student instead of removing the value");
    }

    private static void require(boolean holds, String expected, String observed, String cause) throws CheckFailure {
        if (!holds) {
            throw new CheckFailure(Feedback.expected(expected).observed(observed).cause(cause)
                    .revisit("remember the outer value before set(); in finally set it back, or remove() if there"
                            + " was none"));
        }
    }
}
