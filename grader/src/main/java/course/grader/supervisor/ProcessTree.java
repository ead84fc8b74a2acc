package course.grader.supervisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process and every process it ever started, remembered while it runs so that killing the tree
 * also reaches the processes it orphaned (which the operating system re-parents out of reach of
 * {@link ProcessHandle#descendants()}).
 */
public final class ProcessTree {

    private static final long POLL_MILLIS = 100;
    private static final long END_WAIT_SECONDS = 5;

    private final Process root;
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

    private ProcessTree(Process root) {
        this.root = root;
    }

    /** Starts remembering the descendants of {@code root} until it ends. */
    public static ProcessTree watch(Process root, String name) {
        ProcessTree tree = new ProcessTree(root);
        Thread watcher = new Thread(tree::rememberDescendants, name + "-descendants");
        watcher.setDaemon(true);
        watcher.start();
        return tree;
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

    private void rememberDescendants() {
        while (root.isAlive()) {
            root.descendants().forEach(seen::add);
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
