package course.grader.exercises.event;

import course.event.Event;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.Arrays;

/** Worker threads waiting on an event, and a way to know they are all asleep in it. */
final class Waiters {

    private Waiters() {
    }

    /** Starts {@code count} workers that each await the event once, then run {@code afterWaking}. */
    static ThreadGang start(Event event, int count, Runnable afterWaking) {
        return ThreadGang.start("worker", count, index -> {
            event.await();
            afterWaking.run();
        });
    }

    /**
     * Waits until every worker is blocked inside {@code Event.await} (waiting there, not running),
     * at most {@code bound}: a waiter that spins never blocks, and the caller goes on after the bound.
     */
    static void untilAllBlocked(ThreadGang workers, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline && !workers.threads().stream().allMatch(Waiters::isBlocked)) {
            Thread.sleep(5);
        }
    }

    private static boolean isBlocked(Thread thread) {
        Thread.State state = thread.getState();
        if (state == Thread.State.TERMINATED) {
            return true;
        }
        boolean inAwait = Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(Event.class.getName()) && frame.getMethodName().startsWith("await"));
        return inAwait && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING);
    }
}
