package course.grader.harness;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Waits until threads are asleep inside a given class of the student's code (WAITING or
 * TIMED_WAITING with a frame of it on their stack), so that what a check does next (an
 * interrupt, a set, a departure) meets them waiting rather than on their way in; or holds a
 * check's step for as long as any thread could still time out.
 */
public final class WaitingThreads {

    /**
     * How long a thread may take to reach its wait once started: milliseconds on any machine, so
     * a thread not asleep by then spins (and a check goes on without it).
     */
    public static final Duration FALLING_ASLEEP = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(2);
    /**
     * How long threads must stay off the clock before {@link #whileAnyIsOnAClock} believes it: a
     * thread between two waits is RUNNABLE for microseconds, a timed wait shows at the first look.
     */
    private static final Duration SETTLED = Duration.ofMillis(200);

    private WaitingThreads() {
    }

    /**
     * Returns once every thread is asleep in {@code where} or has ended; at the latest after
     * {@code bound}, since a thread that spins never sleeps.
     *
     * @return whether they all were
     */
    public static boolean untilAsleepIn(List<Thread> threads, Class<?> where, Duration bound)
            throws InterruptedException {
        return untilAsleepIn(threads, where, bound, POLL);
    }

    /**
     * Like {@link #untilAsleepIn(List, Class, Duration)}, looking every {@code poll}: for a check
     * whose next step must come within a short timeout of the threads' call.
     */
    public static boolean untilAsleepIn(List<Thread> threads, Class<?> where, Duration bound, Duration poll)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!threads.stream().allMatch(thread -> asleepIn(thread, where))) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(poll);
        }
        return true;
    }

    /**
     * Holds the calling thread while any of {@code threads} could still be on a clock: running, or
     * in a timed wait (sleep, join(millis), await with a time-out). Returns once all of them have
     * stayed in untimed waits (WAITING, BLOCKED) or ended for {@link #SETTLED}, and at the latest
     * after {@code most}. A thread in an untimed wait leaves it only when another thread acts, so
     * from then on holding longer could reveal nothing: a check that holds an operation "as long as
     * it takes" costs a correct solution a fraction of a second, and a solution whose waits have a
     * time-out shorter than {@code most} shows it.
     *
     * @param threads the threads to watch, listed anew at every look (threads may start meanwhile)
     * @return how long the calling thread was held
     */
    public static Duration whileAnyIsOnAClock(Supplier<List<Thread>> threads, Duration most) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + most.toNanos();
        long settledSince = start;
        while (System.nanoTime() - settledSince < SETTLED.toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
            if (!threads.get().stream().allMatch(WaitingThreads::offTheClock)) {
                settledSince = System.nanoTime();
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static boolean offTheClock(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.BLOCKED || state == Thread.State.TERMINATED;
    }

    private static boolean asleepIn(Thread thread, Class<?> where) {
        Thread.State state = thread.getState();
        if (state == Thread.State.TERMINATED) {
            return true;
        }
        boolean asleep = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        return asleep && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(where.getName()));
    }
}
