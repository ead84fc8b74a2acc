package course.grader.exercises.event;

import course.event.Event;
import course.grader.harness.CpuClock;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Worker threads waiting on an event, and a way to know they are all asleep in it. */
final class Waiters {

    /** How long a worker runs inside await, without once being seen asleep, before it can count as spinning. */
    private static final Duration SPINNING = Duration.ofMillis(500);

    /** The CPU time it must use meanwhile: a tenth of that, a share a spinner gets even on a busy machine. */
    private static final Duration SPINNING_CPU = Duration.ofMillis(50);

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
     * proven to spin (see {@link RunningInAwait}), the caller goes on. On a machine too loaded to get
     * there, the wait ends after {@code bound}.
     */
    static void untilAllAsleep(ThreadGang workers, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        Map<Thread, RunningInAwait> running = new HashMap<>();
        while (System.nanoTime() < deadline) {
            boolean allAsleep = true;
            boolean theRestSpin = true;
            for (Thread worker : workers.threads()) {
                Thread.State state = worker.getState();
                StackTraceElement[] stack = worker.getStackTrace();
                if (state == Thread.State.TERMINATED || isAsleepInAwait(state, stack)) {
                    running.remove(worker);
                    continue;
                }
                allAsleep = false;
                if (state == Thread.State.RUNNABLE && inAwait(stack)) {
                    theRestSpin &= running.computeIfAbsent(worker, RunningInAwait::from).spins();
                } else {
                    running.remove(worker);
                    theRestSpin = false;
                }
            }
            if (allAsleep || theRestSpin) {
                return;
            }
            Thread.sleep(5);
        }
    }

    /**
     * A worker seen running inside await, from when and with how much CPU time. It spins once it has
     * kept running there for {@link #SPINNING} and burnt {@link #SPINNING_CPU} of CPU meanwhile: a
     * waiter that is merely RUNNABLE on a loaded machine, queued for a core, uses no CPU at all.
     */
    private record RunningInAwait(Thread worker, long sinceNanos, Duration cpuSince) {

        static RunningInAwait from(Thread worker) {
            return new RunningInAwait(worker, System.nanoTime(), CpuClock.cpuTime(worker));
        }

        boolean spins() {
            return System.nanoTime() - sinceNanos >= SPINNING.toNanos()
                    && CpuClock.cpuTime(worker).minus(cpuSince).compareTo(SPINNING_CPU) >= 0;
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
