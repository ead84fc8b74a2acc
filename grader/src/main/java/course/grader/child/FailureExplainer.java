package course.grader.child;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;

/**
 * Turns whatever ended a check other than a pass into feedback: the check's own
 * {@link CheckFailure}, or a generic explanation of an exception, a stuck thread or a missing
 * method.
 */
public final class FailureExplainer {

    private FailureExplainer() {
    }

    public static Feedback explain(Throwable thrown) {
        if (thrown instanceof CheckFailure failure) {
            return failure.feedback();
        }
        if (thrown instanceof ThreadsStuckException stuck) {
            return stuck(stuck);
        }
        if (thrown instanceof WorkerFailedException worker) {
            return threw(worker.getCause(), " in thread '" + worker.threadName() + "'");
        }
        return threw(thrown, "");
    }

    static boolean leavesThreadsRunning(Throwable thrown) {
        return thrown instanceof ThreadsStuckException
                || thrown instanceof CheckFailure failure && failure.threadsLeftRunning()
                || thrown instanceof VirtualMachineError;
    }

    private static Feedback stuck(ThreadsStuckException stuck) {
        Feedback.Builder feedback = Feedback.expected("every thread in the scenario to finish")
                .observed(stuck.getMessage());
        if (stuck.isDeadlock()) {
            return feedback.cause("the threads take the same locks in different orders, so each ends up waiting"
                            + " for a lock another one holds")
                    .revisit("deadlock: take locks in one global order, or use one (reentrant) lock");
        }
        return feedback.cause("a thread waits for a lock that was never released, for a signal that is never"
                        + " sent, or loops forever")
                .revisit("release locks in a finally block; signal waiting threads after every change of state");
    }

    private static Feedback threw(Throwable thrown, String where) {
        String observed = StudentCode.describe(thrown) + where;
        if (thrown instanceof UnsupportedOperationException) {
            return Feedback.expected("this part of the exercise to be implemented")
                    .observed(observed)
                    .cause("the method still holds the skeleton's TODO")
                    .revisit("the TODOs and the Javadoc of the exercise's classes");
        }
        if (thrown instanceof LinkageError) {
            return Feedback.expected("the exercise's classes with the public API they were given")
                    .observed(observed)
                    .cause("a public class, constructor or method the grader calls was renamed, removed or changed")
                    .revisit("keep the given signatures; add private helpers instead");
        }
        if (thrown instanceof OutOfMemoryError) {
            return Feedback.expected("the scenario to run within the memory it is given")
                    .observed(observed)
                    .cause("something keeps allocating: an unbounded collection or thread creation")
                    .revisit("bounded resources");
        }
        return Feedback.expected("the scenario to run without an exception from your code")
                .observed(observed)
                .cause("a bug at the line named above")
                .revisit("the exercise's Javadoc: what each method must do, and which exceptions it may throw");
    }
}
