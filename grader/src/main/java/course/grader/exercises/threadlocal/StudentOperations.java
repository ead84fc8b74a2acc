package course.grader.exercises.threadlocal;

import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import course.threadlocal.StudentContext;
import java.util.concurrent.Callable;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The calls the interleaving check makes: a thread serves a student and, inside the task, asks for
 * the current student {@link #READS} times, as code down a call chain does; the answers come back
 * joined. StudentContext is static: there is no object to make fresh, and a correct one keeps
 * nothing between calls.
 */
public final class StudentOperations {

    /**
     * Reads of the current student inside one task. A cache of the answer in shared fields is
     * filled by the first read and answered from by the next: two reads are the fewest that meet it.
     */
    static final int READS = 2;

    /** Serves {@code student}; what the task read as the current student, each read, joined with ",". */
    @Operation
    public String serve(String student) throws Exception {
        ThreadRoles.neutralizeCurrent();
        return StudentContext.callAs(student, new Reads());
    }

    /** The current student outside any task, as text: "null" when there is none, as there must be. */
    @Operation
    public String current() {
        ThreadRoles.neutralizeCurrent();
        return String.valueOf(StudentContext.current());
    }

    /**
     * The task: the current student, read {@link #READS} times. A class of its own, not a lambda, whose
     * name says nothing of the check ({@link Neutral}).
     */
    private static final class Reads implements Callable<String> {

        @Override
        public String call() {
            StringBuilder seen = new StringBuilder();
            for (int read = 0; read < READS; read++) {
                seen.append(read == 0 ? "" : ",").append(StudentContext.current());
            }
            return seen.toString();
        }

        @Override
        public String toString() {
            return Neutral.nameOf(Callable.class, this);
        }
    }
}
