package course.grader.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * The CPU time a thread has used, from the JVM's thread accounting: a blocked thread's stays flat,
 * a spinning thread's grows with the wall clock. The property behind every busy-waiting check.
 */
public final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    /** CPU time used by the thread so far; zero once it has ended. */
    public static Duration cpuTime(Thread thread) {
        return Duration.ofNanos(Math.max(0, THREADS.getThreadCpuTime(thread.threadId())));
    }
}
