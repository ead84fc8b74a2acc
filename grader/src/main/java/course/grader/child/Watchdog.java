package course.grader.child;

import course.grader.harness.ThreadRoles;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A bound on work the JVM's main thread does itself — initializing the student's classes, running
 * a check — so that the work runs on the thread a program's own code runs on, not on one made for
 * it. A thread of its own, named as a program's unnamed threads are, waits for the work to end; if
 * it does not within the limit, the watchdog reports it and halts the JVM, leaving the main thread
 * where it is stuck. Exactly one of the two goes on: the main thread with the work's outcome, or
 * the watchdog with the time-out.
 */
final class Watchdog {

    /** What the watchdog does when the limit is up, before it halts the JVM. */
    @FunctionalInterface
    interface TimeOut {
        void report() throws Exception;
    }

    private final AtomicBoolean outcomeTaken = new AtomicBoolean();
    private final CountDownLatch workEnded = new CountDownLatch(1);
    private final Thread thread;

    private Watchdog(Duration limit, TimeOut timeOut) {
        thread = new Thread(() -> watch(limit, timeOut), ThreadRoles.aProgramsThreadName());
    }

    /** Starts watching work the calling thread is about to do. */
    static Watchdog start(Duration limit, TimeOut timeOut) {
        Watchdog watchdog = new Watchdog(limit, timeOut);
        watchdog.thread.start();
        return watchdog;
    }

    /**
     * Called by the watched thread once its work has ended: returns, the watchdog gone, if it ended
     * in time; never returns if the watchdog has taken the time-out meanwhile (it halts the JVM).
     */
    void workEnded() throws InterruptedException {
        boolean inTime = outcomeTaken.compareAndSet(false, true);
        workEnded.countDown();
        while (!inTime) {
            LockSupport.park();
        }
        thread.join();
    }

    private void watch(Duration limit, TimeOut timeOut) {
        try {
            if (workEnded.await(limit.toNanos(), TimeUnit.NANOSECONDS) || !outcomeTaken.compareAndSet(false, true)) {
                return;
            }
            timeOut.report();
        } catch (Exception unreported) {
            // the supervisor sees the JVM end without the outcome it waits for, and reports that instead
        }
        CheckRunnerMain.halt();
    }
}
