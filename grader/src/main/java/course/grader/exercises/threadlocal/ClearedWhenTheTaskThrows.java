package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.threadlocal.StudentContext;

/** A task that throws still leaves no student behind, and its exception reaches the caller. */
@CheckInfo(id = "cleared-when-the-task-throws", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "A task that throws leaves no student on its thread, and its exception reaches the caller")
public final class ClearedWhenTheTaskThrows implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        Exception thrown = null;
        try {
            StudentContext.callAs("student-who-fails", () -> {
                throw new IllegalStateException("exam missed");
            });
        } catch (IllegalStateException expected) {
            thrown = expected;
        }
        if (thrown == null) {
            throw new CheckFailure(Feedback.expected("callAs to pass on the exception its task threw")
                    .observed("callAs returned normally")
                    .cause("the task's exception is caught and dropped")
                    .revisit("try { return task.call(); } finally { remove(); }"));
        }
        String left = StudentContext.current();
        if (left != null) {
            throw new CheckFailure(Feedback.expected("no student on the thread after a task that threw")
                    .observed("the thread still serves '" + left + "'")
                    .cause("the value is removed after the task returns, but not when it throws")
                    .revisit("remove() in a finally block runs on every way out of the task"));
        }
    }
}
