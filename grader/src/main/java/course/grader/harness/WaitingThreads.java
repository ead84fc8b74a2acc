package course.grader.harness;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Waits until threads are asleep inside a given class of the student's code (WAITING or
 * TIMED_WAITING with a frame of it on their stack), so that what a check does next (an
 * interrupt, a set, a departure) meets them waiting rather than on their way in.
 */
public final class WaitingThreads {

    private static final Duration POLL = Duration.ofMillis(2);

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
