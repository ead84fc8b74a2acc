package course.grader.child;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform threads alive at one moment, to find those a check started and left behind. The
 * JDK's own system threads (such as the "process reaper" that {@code Process} starts once and keeps)
 * are not counted: student code cannot create them.
 */
final class ThreadCensus {

    private final Set<Thread> before;

    private ThreadCensus(Set<Thread> before) {
        this.before = before;
    }

    static ThreadCensus take() {
        return new ThreadCensus(Thread.getAllStackTraces().keySet());
    }

    private static final String JDK_SYSTEM_THREAD = "jdk.internal.misc.InnocuousThread";

    /** Threads alive now that were not alive at the census. */
    List<Thread> startedSince() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .filter(thread -> !thread.getClass().getName().equals(JDK_SYSTEM_THREAD))
                .collect(Collectors.toList());
    }

    /** Threads started since the census and still alive after waiting up to {@code graceMillis} for them. */
    List<Thread> leftBehind(long graceMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + graceMillis;
        for (Thread thread : startedSince()) {
            long remaining = deadline - System.currentTimeMillis();
            if (remaining > 0) {
                thread.join(remaining);
            }
        }
        return startedSince().stream().filter(Thread::isAlive).toList();
    }
}
