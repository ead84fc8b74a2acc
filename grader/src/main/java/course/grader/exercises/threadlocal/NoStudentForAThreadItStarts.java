package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.threadlocal.StudentContext;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A task that serves a student starts a thread of its own: that thread is "another thread", and
 * must serve no student. An {@code InheritableThreadLocal} copies the parent's value into every
 * thread it starts; a pool thread created that way keeps the student for every task it ever runs.
 */
@CheckInfo(id = "no-student-for-a-thread-it-starts", kind = CheckKind.FUNCTIONAL, points = 1, requires = "each-thread-sees-its-own",
        title = "A thread started inside callAs serves no student")
public final class NoStudentForAThreadItStarts implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        AtomicReference<String> seenByTheNewThread = new AtomicReference<>();
        StudentContext.callAs("ana", Neutral.callable(() -> {
            ThreadGang.start("started-inside-a-task", 1, thread -> seenByTheNewThread.set(StudentContext.current()))
                    .join(Duration.ofSeconds(5));
            return null;
        }));
        if (seenByTheNewThread.get() != null) {
            throw new CheckFailure(Feedback.expected("a thread started by the task serving 'ana' to serve no student")
                    .observed("the new thread's current() was '" + seenByTheNewThread.get() + "'")
                    .cause("the value is inherited: an InheritableThreadLocal copies it into every thread started"
                            + " while it is set, so a pool thread created inside a task serves that student for ever")
                    .revisit("ThreadLocal (not InheritableThreadLocal): a value belongs to the one thread that set it"));
        }
    }
}
