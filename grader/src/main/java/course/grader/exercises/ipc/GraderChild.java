package course.grader.exercises.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * What the grader's own child programs share: they echo frames, and none outlives a minute, even
 * if the student's code never ends it and the check could not either.
 */
final class GraderChild {

    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private GraderChild() {
    }

    /** Halts this JVM (no shutdown hook runs) once it has lived {@link #LIFETIME}. */
    static void limitLifetime() {
        Thread.ofPlatform().daemon().name("lifetime").start(() -> {
            try {
                Thread.sleep(LIFETIME);
            } catch (InterruptedException unexpected) {
                // halt anyway
            }
            Runtime.getRuntime().halt(3);
        });
    }

    /** Replies to every frame on standard input with the same frame, until standard input ends. */
    static void echoUntilEnd() throws IOException {
        InputStream in = new BufferedInputStream(System.in);
        OutputStream out = new BufferedOutputStream(System.out);
        for (byte[] message = Frames.read(in); message != null; message = Frames.read(in)) {
            Frames.write(out, message);
        }
    }
}
