package course.grader.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The CPU time a thread has used, and how often it has gone into a wait, from the JVM's thread
 * accounting: a blocked thread's stay flat, a spinning thread's CPU time grows with the wall
 * clock, and a thread that polls (waits a few milliseconds, looks, waits again) waits hundreds of
 * times a second. The properties behind every busy-waiting check.
 */
public final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    /**
     * How many times the thread has gone into a wait (WAITING or TIMED_WAITING: park, wait, sleep,
     * a timed await) so far; zero once it has ended. A waiter that is signalled waits once; one that
     * looks again on a clock waits once per look.
     */
    public static long waits(Thread thread) {
        ThreadInfo info = THREADS.getThreadInfo(thread.threadId());
        return info == null ? 0 : info.getWaitedCount();
    }

    /** How many platform threads this JVM has started since it began (virtual threads are not counted). */
    public static long threadsStarted() {
        return THREADS.getTotalStartedThreadCount();
    }

    /** CPU time used by the thread so far; zero once it has ended. */
    public static Duration cpuTime(Thread thread) {
        return Duration.ofNanos(Math.max(0, THREADS.getThreadCpuTime(thread.threadId())));
    }
}
