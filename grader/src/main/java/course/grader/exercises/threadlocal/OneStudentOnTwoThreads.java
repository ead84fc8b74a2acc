package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.threadlocal.StudentContext;
import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Nothing is shared, so nothing is locked: two threads serving the same student at the same time
 * (two requests of one student at once) are both inside their tasks together. Each task waits at
 * a barrier for the other, then reads the current student: a callAs that locks something per
 * student (the name's monitor, a lock from a map) lets one in at a time, and the first waits at
 * the barrier for a thread that cannot come.
 */
@CheckInfo(id = "one-student-on-two-threads-at-once", kind = CheckKind.FUNCTIONAL, points = 1,
        requires = "each-thread-sees-its-own",
        title = "Two threads serve the same student at the same time, neither waiting for the other")
public final class OneStudentOnTwoThreads implements CheckBody {

    private static final String STUDENT = "student-on-two-threads";
    /** Far longer than two threads take to meet: a task that waits this long waits for the other's callAs. */
    private static final Duration MEETING = Duration.ofSeconds(2);
    private static final Duration BOUND = MEETING.plusSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        CyclicBarrier meeting = new CyclicBarrier(2);
        AtomicReferenceArray<String> seen = new AtomicReferenceArray<>(2);
        AtomicReferenceArray<Boolean> met = new AtomicReferenceArray<>(new Boolean[] {false, false});
        try {
            ThreadGang.start("request", 2, index -> seen.set(index, StudentContext.callAs(STUDENT, Neutral.callable(() -> {
                try {
                    meeting.await(MEETING.toMillis(), TimeUnit.MILLISECONDS);
                    met.set(index, true);
                } catch (TimeoutException | BrokenBarrierException alone) {
                    // the other thread never came into its task while this one was in its own
                }
                return StudentContext.current();
            })))).join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(failure("the two calls had not returned after " + BOUND.toSeconds() + " s; "
                    + stuck.diagnosis()), true);
        }
        if (!met.get(0) || !met.get(1)) {
            throw new CheckFailure(failure("their tasks did not both get in: one waited " + MEETING.toSeconds()
                    + " s inside its task for the other, whose callAs had not started the task yet"));
        }
        for (int index = 0; index < 2; index++) {
            if (!STUDENT.equals(seen.get(index))) {
                throw new CheckFailure(Feedback.expected("each of two threads serving '" + STUDENT + "' at once to see"
                                + " that student in its task")
                        .observed("a task saw " + (seen.get(index) == null ? "null" : "'" + seen.get(index) + "'"))
                        .cause("the two calls share what they keep: the second call's start or the first's end"
                                + " changes the other thread's student")
                        .revisit("ThreadLocal: each thread has its own value; nothing the threads share"));
            }
        }
    }

    private static Feedback failure(String observed) {
        return Feedback.expected("two threads calling callAs(\"" + STUDENT + "\", task) at the same time to be inside"
                        + " their tasks together")
                .observed(observed)
                .cause("callAs locks something per student (the name's monitor, a lock kept for each name) for the"
                        + " whole task, so one student is served by one thread at a time, and tasks that wait for each"
                        + " other never meet")
                .revisit("ThreadLocal: a value of each thread's own needs no lock, because no thread shares it");
    }
}
