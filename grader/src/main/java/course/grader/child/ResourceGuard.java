package course.grader.child;

import course.grader.protocol.ExitCodes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Watches the checking JVM for a thread bomb or a fork bomb: past the bound it kills every child
 * process and ends the JVM with an exit code the supervisor turns into feedback. The bounds are far
 * above what any exercise needs.
 */
final class ResourceGuard {

    static final int MAX_THREADS = Integer.getInteger("grader.maxThreads", 1_000);
    static final int MAX_PROCESSES = Integer.getInteger("grader.maxProcesses", 32);
    private static final long POLL_MILLIS = 20;

    private ResourceGuard() {
    }

    static void start() {
        Thread guard = new Thread(ResourceGuard::watch, "grader-resource-guard");
        guard.setDaemon(true);
        guard.setPriority(Thread.MAX_PRIORITY);
        guard.start();
    }

    private static void watch() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        while (true) {
            if (threads.getThreadCount() > MAX_THREADS) {
                end(ExitCodes.TOO_MANY_THREADS);
            }
            if (ProcessHandle.current().descendants().limit(MAX_PROCESSES + 1).count() > MAX_PROCESSES) {
                end(ExitCodes.TOO_MANY_PROCESSES);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void end(int exitCode) {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(exitCode);
    }
}
