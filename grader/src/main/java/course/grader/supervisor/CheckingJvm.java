package course.grader.supervisor;

import course.grader.protocol.CheckEvent;
import course.grader.protocol.ProtocolJson;
import course.grader.protocol.RunPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A running checking JVM seen from the supervisor: its tagged events arrive in order, anything
 * else it writes is ignored, and closing it kills it together with every process it started,
 * including those it orphaned before dying.
 */
final class CheckingJvm implements AutoCloseable {

    /** What {@link #next(Duration)} returns when the process ended and all its events were read. */
    static final CheckEvent ENDED = new CheckEvent("ended", null, false, null, 0, null, null, true);

    private static final String MAIN_CLASS = "course.grader.child.CheckRunnerMain";
    private static final int STDERR_LINES_KEPT = 20;

    private final Process process;
    private final String nonce;
    private final LinkedBlockingQueue<CheckEvent> events = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final ProcessTree tree;

    private CheckingJvm(Process process, String nonce) {
        this.process = process;
        this.nonce = nonce;
        daemon("events", () -> readEvents(process.getInputStream()));
        daemon("stderr", () -> readStderr(process.getErrorStream()));
        this.tree = ProcessTree.watch(process, "checking-jvm");
    }

    static CheckingJvm start(JvmSettings settings, Path gradedClasses, RunPlan plan) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(settings.command(gradedClasses, MAIN_CLASS))
                .directory(Path.of(plan.workDirectory()).toFile());
        java.nio.file.Files.createDirectories(Path.of(plan.workDirectory()));
        Process process = builder.start();
        CheckingJvm jvm = new CheckingJvm(process, plan.nonce());
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((ProtocolJson.write(plan) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException processAlreadyGone) {
            // It died at start-up; the caller sees ENDED and the exit code.
        }
        return jvm;
    }

    /** The next event, {@link #ENDED} after the process ended, or empty if none came within {@code timeout}. */
    Optional<CheckEvent> next(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(events.poll(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS));
    }

    /** The exit code, waiting briefly for it; -1 if the process is still alive. */
    int exitCode() throws InterruptedException {
        return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** The last lines the JVM wrote to its standard error (JVM crash messages land there). */
    synchronized String stderrTail() {
        return String.join("\n", stderrTail);
    }

    private void readEvents(InputStream stdout) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tag = line.indexOf(nonce + " ");
                if (tag >= 0) {
                    events.add(ProtocolJson.readEvent(line.substring(tag + nonce.length() + 1)));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Treated like the end of the process: the event in progress is reported as lost.
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        events.add(ENDED);
    }

    private void readStderr(InputStream stderr) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (this) {
                    stderrTail.addLast(line);
                    if (stderrTail.size() > STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // The process is gone.
        }
    }

    /** Kills the JVM and every process it started that is still alive. */
    @Override
    public void close() {
        tree.kill();
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, "checking-jvm-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
