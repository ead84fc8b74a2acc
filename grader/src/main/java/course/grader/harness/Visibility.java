package course.grader.harness;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether a change made by one thread is seen by another that keeps reading. The reader polls in a
 * tight loop long enough for the JIT compiler to compile it; a plain read of a field that is neither
 * read under the lock nor {@code volatile} may then be hoisted out of the loop (the Java memory model
 * allows it: nothing orders the read after the other thread's write), and the reader never sees the
 * change. Under the lock, or from a volatile field, it sees it at once. The verdict waits for the
 * change to be made, then gives the reader a bound far above any scheduling delay.
 *
 * <p>This class's loop is compiled by the optimising compiler, which is what hoists a read: the
 * checking JVM leaves the rest of the grader to the first tier ({@code supervisor.CompilerDirectives}),
 * so a visibility check polls here and nowhere else.
 */
public final class Visibility {

    /** CPU the reader uses polling before the change: far more than the JIT needs to compile its loop. */
    private static final Duration WARM_CPU = Duration.ofMillis(100);
    /** How long the reader may take to use {@link #WARM_CPU}, on a machine busy with other work. */
    private static final Duration WARM_BOUND = Duration.ofSeconds(3);
    /** How long after the change the reader may take to see it. */
    public static final Duration BOUND = Duration.ofSeconds(2);

    private Visibility() {
    }

    /** Something done in the check's thread: the change, made and finished when it returns. */
    @FunctionalInterface
    public interface Change {
        void make() throws Exception;
    }

    /**
     * The failure of a check whose reader never saw the change: {@code call} ("balance()") reads
     * {@code what} ("the balance") without the lock, and the compiled loop kept the old value. The
     * reader is still running.
     *
     * @param expected what the student's reader should have seen
     * @param observed what it still saw, {@link #BOUND} after the change
     * @param howToRead the right way to read it, for the concept to revisit
     */
    public static CheckFailure neverSeen(String expected, String observed, String call, String what, String howToRead) {
        return new CheckFailure(Feedback.expected(expected)
                .observed(observed)
                .cause(call + " reads " + what + " without the lock, from a field that is not volatile: nothing makes"
                        + " the other thread's write visible, and the compiled loop read it once and kept the old value")
                .revisit("visibility: a read needs the same lock as the write (or a volatile field) to be guaranteed"
                        + " to see it; " + howToRead), true);
    }

    /**
     * Whether a thread calling {@code read} (student code) in a loop while it returns {@code before}
     * sees another value once {@code change} has been made. A reader that never does is left running:
     * a check that fails on it says so with {@link #neverSeen}.
     */
    public static boolean pollerSees(LongSupplier read, long before, Change change) throws Exception {
        ThreadGang reader = ThreadGang.start("reader", 1, index -> {
            while (read.getAsLong() == before) {
                // polls: the loop under test
            }
        });
        Thread thread = reader.threads().getFirst();
        long deadline = System.nanoTime() + WARM_BOUND.toNanos();
        while (thread.isAlive() && CpuClock.cpuTime(thread).compareTo(WARM_CPU) < 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        change.make();
        try {
            reader.join(BOUND);
            return true;
        } catch (ThreadsStuckException stuck) {
            return false;
        }
    }
}
