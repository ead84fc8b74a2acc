package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Jitter;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.threadlocal.StudentContext;
import course.threadlocal.Transcript;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/** Eight threads serve students at once; deep in the call chain each sees only its own student. */
@CheckInfo(id = "each-thread-sees-its-own", kind = CheckKind.STRESS, points = 3,
        title = "8 threads × 2 000 students: every transcript names the thread's own student")
public final class EachThreadSeesItsOwn implements CheckBody {

    private static final int THREADS = 8;
    private static final int STUDENTS = 2_000;

    @Override
    public void run(CheckContext context) throws Exception {
        AtomicReference<String> firstMixUp = new AtomicReference<>();
        ThreadGang.start("office", THREADS, desk -> {
            for (int serving = 0; serving < STUDENTS && firstMixUp.get() == null; serving++) {
                String student = "student-" + desk + "-" + serving;
                String header = StudentContext.callAs(student, Neutral.callable(() -> {
                    Thread.yield();
                    Jitter.pause();
                    return Transcript.header();
                }));
                if (!header.equals("Transcript of " + student)) {
                    firstMixUp.compareAndSet(null, "the task serving " + student + " on thread 'office-" + desk
                            + "' read \"" + header + "\"");
                }
            }
        }).join(Duration.ofSeconds(30));
        if (firstMixUp.get() != null) {
            throw new CheckFailure(Feedback.expected("every thread to see only the student it is serving")
                    .observed(firstMixUp.get())
                    .cause("the student is kept in a field all threads share, so each thread overwrites the others'")
                    .revisit("ThreadLocal: one value per thread, no sharing, no locking"));
        }
    }
}
