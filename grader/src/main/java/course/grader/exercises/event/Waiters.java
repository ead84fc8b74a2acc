package course.grader.exercises.event;

import course.event.Event;
import course.grader.harness.BlockingWaits;
import course.grader.harness.CpuClock;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Worker threads waiting on an event, and a way to know they are all asleep in it. */
final class Waiters {

    /** How long a worker runs inside await, without once being seen asleep, before it can count as spinning. */
    private static final Duration SPINNING = Duration.ofMillis(500);

    /** The CPU time it must use meanwhile: a tenth of that, a share a spinner gets even on a busy machine. */
    private static final Duration SPINNING_CPU = Duration.ofMillis(50);

    /** Both, once the same event's waiters have been proven to spin: enough to know a worker is in its loop. */
    private static final Duration SPINNING_AGAIN = Duration.ofMillis(50);
    private static final Duration SPINNING_AGAIN_CPU = Duration.ofMillis(5);

    private Waiters() {
    }

    /** How long a timed worker waits: far longer than any check waits for it, so only a set() ends its wait. */
    static final Duration TIMED_PATIENCE = Duration.ofSeconds(20);

    /** What a worker does once await returns; {@code set} is what it returned (always true for await()). */
    @FunctionalInterface
    interface AfterWaking {
        void run(boolean set);
    }

    /**
     * Starts {@code count} workers that each await the event once, then run {@code afterWaking}: the
     * first {@code count − timed} with await(), the last {@code timed} with await({@link #TIMED_PATIENCE}),
     * so that every scenario is run for the timed variant too.
     */
    static ThreadGang start(Event event, int count, int timed, AfterWaking afterWaking) {
        return ThreadGang.start("worker", count, index -> {
            if (index < count - timed) {
                event.await();
                afterWaking.run(true);
            } else {
                afterWaking.run(event.await(TIMED_PATIENCE));
            }
        });
    }

    /**
     * Calls set() once per worker, so that every worker wakes even where set() signals only one
     * waiter: for checks about something else, which must not fail on that bug (set-wakes-every-waiter
     * catches it).
     */
    static void wakeEach(Event event, ThreadGang workers) {
        workers.threads().forEach(worker -> event.set());
    }

    /**
     * Waits until every worker is asleep inside {@code Event.await}: waiting there, and not merely
     * queued to enter a lock or monitor, because a worker still in that queue has not looked at the
     * event yet, and a set() and clear() that slip in before it would leave it waiting through no
     * fault of the solution. A worker that spins never sleeps: once every worker is either asleep or
     * proven to spin (see {@link RunningInAwait}), the caller goes on. On a machine too loaded to get
     * there, the wait ends after {@code bound}.
     *
     * @param knownToSpin whether an earlier wait on the same kind of event found its waiters spinning;
     *                    the proof is then shorter, so that a spinner is not charged it again and again
     * @return whether the workers were found spinning
     */
    static boolean untilAllAsleep(ThreadGang workers, Duration bound, boolean knownToSpin) throws InterruptedException {
        Duration running = knownToSpin ? SPINNING_AGAIN : SPINNING;
        Duration cpu = knownToSpin ? SPINNING_AGAIN_CPU : SPINNING_CPU;
        long deadline = System.nanoTime() + bound.toNanos();
        Map<Thread, RunningInAwait> inAwait = new HashMap<>();
        while (System.nanoTime() < deadline) {
            boolean allAsleep = true;
            boolean theRestSpin = true;
            for (Thread worker : workers.threads()) {
                Thread.State state = worker.getState();
                StackTraceElement[] stack = worker.getStackTrace();
                if (state == Thread.State.TERMINATED || isAsleepInAwait(state, stack)) {
                    inAwait.remove(worker);
                    continue;
                }
                allAsleep = false;
                if (inAwait(stack)) {
                    theRestSpin &= inAwait.computeIfAbsent(worker, RunningInAwait::from).spins(running, cpu);
                } else {
                    inAwait.remove(worker);
                    theRestSpin = false;
                }
            }
            if (allAsleep || theRestSpin) {
                return !allAsleep;
            }
            Thread.sleep(5);
        }
        return knownToSpin;
    }

    /**
     * A worker seen inside await but not asleep there (running, or queued to enter a lock it takes
     * again and again while it polls), from when and with how much CPU time. It spins once it has
     * stayed so for {@link #SPINNING} and burnt {@link #SPINNING_CPU} of CPU meanwhile: a waiter that
     * is merely RUNNABLE on a loaded machine, queued for a core, uses no CPU at all.
     */
    private record RunningInAwait(Thread worker, long sinceNanos, Duration cpuSince) {

        static RunningInAwait from(Thread worker) {
            return new RunningInAwait(worker, System.nanoTime(), CpuClock.cpuTime(worker));
        }

        boolean spins(Duration running, Duration cpu) {
            return System.nanoTime() - sinceNanos >= running.toNanos()
                    && CpuClock.cpuTime(worker).minus(cpuSince).compareTo(cpu) >= 0;
        }
    }

    /**
     * Waits until {@code worker} is stopped inside Event.await at a lock or monitor it cannot take
     * (BLOCKED, or parked in Lock.lock()); at the latest after {@code bound}, since an event without
     * locks never stops there.
     */
    static void untilStoppedAtALock(Thread worker, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline && !stoppedAtALock(worker)) {
            Thread.sleep(1);
        }
    }

    private static boolean stoppedAtALock(Thread worker) {
        Thread.State state = worker.getState();
        StackTraceElement[] stack = worker.getStackTrace();
        return inAwait(stack) && BlockingWaits.sleepOf(state, stack) == BlockingWaits.Sleep.ENTERING_A_LOCK;
    }

    /** Asleep in await, waiting for the event (on a condition, or in another synchronizer), not queued for a lock. */
    private static boolean isAsleepInAwait(Thread.State state, StackTraceElement[] stack) {
        BlockingWaits.Sleep sleep = BlockingWaits.sleepOf(state, stack);
        return inAwait(stack) && (sleep == BlockingWaits.Sleep.ON_A_CONDITION || sleep == BlockingWaits.Sleep.ELSEWHERE);
    }

    private static boolean inAwait(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame ->
                frame.getClassName().equals(Event.class.getName()) && frame.getMethodName().startsWith("await"));
    }
}
