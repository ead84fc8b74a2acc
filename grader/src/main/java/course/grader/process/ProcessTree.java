package course.grader.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A process and every process it ever started, watched from outside while it runs: the tree is
 * remembered so that killing it also reaches the processes it orphaned (which an uncontained
 * operating system re-parents out of reach of {@link ProcessHandle#descendants()}), and it is
 * killed as soon as it exceeds its {@link Limits}. The watch runs in the supervisor's JVM, where the
 * student's code cannot reach it.
 */
public final class ProcessTree {

    /**
     * Bounds on a tree: how many processes may be alive in it at once (the root included), and how
     * many threads any one of them may have.
     */
    public record Limits(int maxProcesses, int maxThreadsPerProcess) {

        /** No bound: the tree is only remembered, for the kill. */
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Why the watch killed the tree before it ended on its own. */
    public enum Breach {
        TOO_MANY_THREADS, TOO_MANY_PROCESSES
    }

    /**
     * Often enough that a thread or fork bomb is stopped within a few hundred of its creations;
     * each look lists the machine's processes, so much more often would cost a noticeable share of a core.
     */
    private static final long POLL_MILLIS = 50;
    private static final long END_WAIT_SECONDS = 5;

    private final Process root;
    private final Limits limits;
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Breach> breach = new AtomicReference<>();

    private ProcessTree(Process root, Limits limits) {
        this.root = root;
        this.limits = limits;
    }

    /** Starts watching {@code root} and its descendants until it ends. */
    public static ProcessTree watch(Process root, String name, Limits limits) {
        ProcessTree tree = new ProcessTree(root, limits);
        Thread watcher = new Thread(tree::watchUntilEnd, name + "-watch");
        watcher.setDaemon(true);
        watcher.setPriority(Thread.MAX_PRIORITY);
        watcher.start();
        return tree;
    }

    /** The bound the tree exceeded, if the watch killed it for that. */
    public Optional<Breach> breach() {
        return Optional.ofNullable(breach.get());
    }

    /**
     * Kills the root and every process of the tree still alive, and waits a few seconds for them to end.
     *
     * @return how many processes were alive and were killed
     */
    public int kill() {
        root.descendants().forEach(seen::add);
        List<ProcessHandle> killed = new ArrayList<>();
        if (root.isAlive()) {
            root.destroyForcibly();
            killed.add(root.toHandle());
        }
        for (ProcessHandle process : seen) {
            if (process.isAlive() && process.destroyForcibly()) {
                killed.add(process);
            }
        }
        awaitEnd(killed);
        return killed.size();
    }

    private static void awaitEnd(List<ProcessHandle> killed) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(END_WAIT_SECONDS);
        try {
            for (ProcessHandle process : killed) {
                process.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException stillEnding) {
            // Killed processes end on their own; this wait only makes the usual case tidy.
        }
    }

    private void watchUntilEnd() {
        while (root.isAlive()) {
            List<ProcessHandle> alive = Stream.concat(Stream.of(root.toHandle()), root.descendants()).toList();
            seen.addAll(alive);
            Optional<Breach> exceeded = exceeded(alive);
            if (exceeded.isPresent()) {
                breach.compareAndSet(null, exceeded.get());
                kill();
                return;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Optional<Breach> exceeded(List<ProcessHandle> alive) {
        if (alive.size() > limits.maxProcesses()) {
            return Optional.of(Breach.TOO_MANY_PROCESSES);
        }
        if (limits.maxThreadsPerProcess() != Integer.MAX_VALUE
                && alive.stream().anyMatch(process -> threadsOf(process) > limits.maxThreadsPerProcess())) {
            return Optional.of(Breach.TOO_MANY_THREADS);
        }
        return Optional.empty();
    }

    /** The process's thread count as Linux reports it; 0 where {@code /proc} does not say. */
    private static long threadsOf(ProcessHandle process) {
        Path task = Path.of("/proc", Long.toString(process.pid()), "task");
        try (Stream<Path> threads = Files.list(task)) {
            return threads.count();
        } catch (IOException | SecurityException goneOrNotLinux) {
            return 0;
        }
    }
}
