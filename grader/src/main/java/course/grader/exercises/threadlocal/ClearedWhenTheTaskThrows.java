package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.threadlocal.StudentContext;
import java.io.IOException;
import java.util.List;

/**
 * A task that throws — a checked exception (an InterruptedException among them), a runtime exception,
 * an Error — still leaves no student
 * behind, at the outermost level and inside a nested call, and what it threw reaches the caller
 * unchanged (the same object, not wrapped).
 */
@CheckInfo(id = "cleared-when-the-task-throws", kind = CheckKind.FUNCTIONAL, points = 2, requires = "each-thread-sees-its-own",
        title = "A task that throws (exception or Error) leaves no student on its thread, and what it threw reaches the caller")
public final class ClearedWhenTheTaskThrows implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        for (Throwable failure : List.of(new IOException("transcript lost"), new IllegalStateException("exam missed"),
                new AssertionError("grade out of range"), new InterruptedException("the exam was called off"))) {
            try {
                requireCleared(failure);
            } finally {
                Thread.interrupted(); // what a callAs that swallowed the InterruptedException set instead
            }
        }
    }

    private static void requireCleared(Throwable failure) throws Exception {
        String what = failure.getClass().getSimpleName();
        Throwable thrown = null;
        try {
            StudentContext.callAs("student-who-fails", Neutral.callable(() -> {
                throw rethrow(failure);
            }));
        } catch (Throwable caught) {
            thrown = caught;
        }
        if (thrown != failure) {
            if (thrown instanceof UnsupportedOperationException todo) {
                throw todo;
            }
            throw new CheckFailure(Feedback.expected("callAs to pass on the " + what + " its task threw, unchanged")
                    .observed(thrown == null ? "callAs returned normally" : "callAs threw " + thrown)
                    .cause(thrown == null ? "the task's exception is caught and dropped" + (failure instanceof InterruptedException
                            ? " (an InterruptedException turned into the interrupt status: callAs declares Exception, so"
                                    + " it passes the exception on as it is)" : "")
                            : "the task's exception is caught and wrapped or replaced")
                    .revisit("try { return task.call(); } finally { ... }: finally cleans up and lets it through"));
        }
        String left = StudentContext.current();
        if (left != null) {
            throw new CheckFailure(Feedback.expected("no student on the thread after a task that threw " + what)
                    .observed("the thread still serves '" + left + "'")
                    .cause("the value is removed when the task returns" + (failure instanceof Error
                            ? " or throws an Exception, but not when it throws an Error (a catch that is not finally)"
                            : ", but not when it throws"))
                    .revisit("remove() in a finally block runs on every way out of the task"));
        }
    }

    /** Throws any throwable from a Callable, checked or not. */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException rethrow(Throwable failure) throws T {
        throw (T) failure;
    }
}
