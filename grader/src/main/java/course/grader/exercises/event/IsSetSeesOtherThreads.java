package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.CpuClock;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;

/**
 * Visibility: a thread loops on isSet() until another thread's set() shows. It loops long enough
 * for the JIT to compile the loop (it has used {@link #WARM_CPU} of CPU); a flag read without the
 * lock and not volatile may then be read once and kept in a register, and the loop never ends. With
 * the lock or a volatile field, the set() shows at once.
 */
@CheckInfo(id = "is-set-sees-other-threads", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "A thread looping on isSet() sees another thread's set()")
public final class IsSetSeesOtherThreads implements CheckBody {

    /** CPU the looping reader uses before the set(): far more than the JIT needs to compile its loop. */
    private static final Duration WARM_CPU = Duration.ofMillis(100);
    private static final Duration WARM_BOUND = Duration.ofSeconds(3);
    private static final Duration SEEN_WITHIN = Duration.ofSeconds(1);

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        ThreadGang reader = ThreadGang.start("reader", 1, index -> loopUntilSet(event));
        Thread thread = reader.threads().get(0);
        long deadline = System.nanoTime() + WARM_BOUND.toNanos();
        while (thread.isAlive() && CpuClock.cpuTime(thread).compareTo(WARM_CPU) < 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        event.set();
        try {
            reader.join(SEEN_WITHIN);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("a thread looping on isSet() to see another thread's set() at once")
                    .observed("it was still looping " + SEEN_WITHIN.toSeconds() + " s after set() had returned: "
                            + stuck.diagnosis())
                    .cause("isSet() reads the flag without the lock, and the flag is not volatile: nothing obliges a"
                            + " thread to see another's write, and the compiled loop reads it only once")
                    .revisit("visibility: read shared state under the same lock that writes it, or make it volatile"),
                    true);
        }
    }

    /** The loop the JIT may turn into {@code if (!flag) for (;;);} if nothing forbids it. */
    private static void loopUntilSet(Event event) {
        while (!event.isSet()) {
            // nothing: the loop itself is the test
        }
    }
}
