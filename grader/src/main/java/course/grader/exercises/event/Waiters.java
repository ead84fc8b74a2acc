package course.grader.exercises.event;

import course.event.Event;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Worker threads waiting on an event, and a way to know they are all asleep in it. */
final class Waiters {

    /** How long a worker runs inside await, without once being seen asleep, before it counts as spinning. */
    private static final Duration SPINNING = Duration.ofMillis(500);

    /** Methods of java.util.concurrent.locks that wait to enter a lock. */
    private static final Set<String> LOCK_ENTRY = Set.of("lock", "lockInterruptibly", "tryLock");

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
     * Waits until every worker is asleep inside {@code Event.await}: waiting there, and not merely
     * queued to enter a lock or monitor, because a worker still in that queue has not looked at the
     * event yet, and a set() and clear() that slip in before it would leave it waiting through no
     * fault of the solution. A worker that spins never sleeps: once every worker is either asleep or
     * has been running inside await for {@link #SPINNING} without a pause, the caller goes on. On a
     * machine too loaded to get there, the wait ends after {@code bound}.
     */
    static void untilAllAsleep(ThreadGang workers, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        Map<Thread, Long> runningInAwaitSince = new HashMap<>();
        while (System.nanoTime() < deadline) {
            long now = System.nanoTime();
            boolean allAsleep = true;
            boolean othersSpin = true;
            for (Thread worker : workers.threads()) {
                Thread.State state = worker.getState();
                StackTraceElement[] stack = worker.getStackTrace();
                if (state == Thread.State.TERMINATED || isAsleepInAwait(state, stack)) {
                    runningInAwaitSince.remove(worker);
                    continue;
                }
                allAsleep = false;
                if (state == Thread.State.RUNNABLE && inAwait(stack)) {
                    long since = runningInAwaitSince.computeIfAbsent(worker, spinner -> now);
                    othersSpin &= now - since >= SPINNING.toNanos();
                } else {
                    runningInAwaitSince.remove(worker);
                    othersSpin = false;
                }
            }
            if (allAsleep || othersSpin) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private static boolean isAsleepInAwait(Thread.State state, StackTraceElement[] stack) {
        boolean waiting = state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
        return waiting && inAwait(stack) && Arrays.stream(stack).noneMatch(Waiters::entersALock);
    }

    private static boolean inAwait(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame ->
                frame.getClassName().equals(Event.class.getName()) && frame.getMethodName().startsWith("await"));
    }

    /** A frame of Lock.lock() and its kin: a thread parked there waits for the lock, not for the event. */
    private static boolean entersALock(StackTraceElement frame) {
        return frame.getClassName().startsWith("java.util.concurrent.locks.")
                && LOCK_ENTRY.contains(frame.getMethodName());
    }
}
