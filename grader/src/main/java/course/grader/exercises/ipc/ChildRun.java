package course.grader.exercises.ipc;

import course.ipc.JavaLauncher;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The grader's own run of a child program with the messages a check sent, without the student's
 * {@code ChildProcess}: when a conversation broke off and the child was gone, this tells what the
 * child did — its replies, its exit code, the end of its standard error; when it did not, whether
 * the replies the student's code returned are the child's. The child is started as the student's
 * would be, by the kit's own {@link JavaLauncher}.
 *
 * @param replies    the frames the child sent back
 * @param exitCode   how the child ended
 * @param stderrTail the last {@value #TAIL_BYTES} bytes of its standard error, at most
 */
record ChildRun(List<byte[]> replies, int exitCode, String stderrTail) {

    static final int TAIL_BYTES = 1_200;

    /** A run of {@code program} with {@code messages}; empty if it did not end within {@code bound}. */
    static Optional<ChildRun> of(Class<?> program, List<byte[]> messages, Duration bound) throws InterruptedException {
        Process process;
        try {
            process = JavaLauncher.javaProcess(program).start();
        } catch (IOException notStarted) {
            return Optional.empty();
        }
        try {
            List<byte[]> replies = Collections.synchronizedList(new ArrayList<>());
            byte[][] tail = new byte[1][];
            Thread writer = daemon(() -> write(process.getOutputStream(), messages));
            Thread reader = daemon(() -> collect(process.getInputStream(), replies));
            Thread errors = daemon(() -> tail[0] = tail(process.getErrorStream()));
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            for (Thread thread : List.of(writer, reader, errors)) {
                thread.join(Duration.ofSeconds(1));
            }
            String stderr = tail[0] == null ? "" : new String(tail[0], StandardCharsets.UTF_8).strip();
            return Optional.of(new ChildRun(List.copyOf(replies), process.exitValue(), stderr));
        } finally {
            process.destroyForcibly();
        }
    }

    private static Thread daemon(Runnable work) {
        return Thread.ofPlatform().daemon().name("grader-child-run").start(work);
    }

    private static void write(OutputStream stdin, List<byte[]> messages) {
        try (OutputStream out = new BufferedOutputStream(stdin)) {
            for (byte[] message : messages) {
                Frames.write(out, message);
            }
        } catch (IOException childGone) {
            // it stopped reading: what it did is in its exit code and standard error
        }
    }

    private static void collect(InputStream stdout, List<byte[]> replies) {
        try (InputStream in = new BufferedInputStream(stdout)) {
            for (byte[] reply = Frames.read(in); reply != null; reply = Frames.read(in)) {
                replies.add(reply);
            }
        } catch (IOException broken) {
            // a broken last frame is no reply
        }
    }

    private static byte[] tail(InputStream stderr) {
        byte[] kept = new byte[0];
        try (InputStream in = stderr) {
            for (byte[] chunk = in.readNBytes(TAIL_BYTES); chunk.length > 0; chunk = in.readNBytes(TAIL_BYTES)) {
                byte[] joined = new byte[kept.length + chunk.length];
                System.arraycopy(kept, 0, joined, 0, kept.length);
                System.arraycopy(chunk, 0, joined, kept.length, chunk.length);
                kept = java.util.Arrays.copyOfRange(joined, Math.max(0, joined.length - TAIL_BYTES), joined.length);
            }
        } catch (IOException ended) {
            // what arrived is kept
        }
        return kept;
    }

    /** Whether the child ended before answering every message, or with a failure. */
    boolean brokeOff(int messages) {
        return replies.size() < messages || exitCode != 0;
    }
}
