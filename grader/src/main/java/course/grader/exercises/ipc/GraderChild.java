package course.grader.exercises.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * What the grader's own child programs share: they echo frames, each reply sealed when the child
 * stands in for a check ({@link Child}), and none outlives a minute, even if the student's code
 * never ends it and the check could not either.
 */
final class GraderChild {

    private static final Duration LIFETIME = Duration.ofSeconds(60);
    /**
     * Threads that keep a killed child dying for a while: the kernel ends each before the process
     * is gone, which for this many takes tens of milliseconds where a bare JVM takes one or two.
     */
    private static final int SLOW_TO_END_THREADS = 300;
    private static final long SMALL_STACK_BYTES = 64 * 1024;

    private static volatile Seal seal = Seal.NONE;

    private GraderChild() {
    }

    /** Seals every reply this child sends from now on. */
    static void sealWith(Seal replies) {
        seal = replies;
    }

    /** Sends {@code message} back, as one frame, sealed. */
    static void reply(OutputStream out, byte[] message) throws IOException {
        Frames.write(out, seal.mark(message));
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

    /**
     * Makes this JVM slow to end once it is killed (see {@link #SLOW_TO_END_THREADS}), so that a
     * parent that sends {@code destroyForcibly()} and returns without waiting for the child leaves it
     * visibly there. Where the system allows fewer threads, fewer are started.
     */
    static void slowToEnd() {
        try {
            for (int thread = 0; thread < SLOW_TO_END_THREADS; thread++) {
                Thread.ofPlatform().daemon().name("slow-to-end").stackSize(SMALL_STACK_BYTES).start(GraderChild::sleep);
            }
        } catch (OutOfMemoryError noMoreThreads) {
            // as slow as this system lets it be
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(LIFETIME);
        } catch (InterruptedException ended) {
            Thread.currentThread().interrupt();
        }
    }

    /** Replies to every frame on standard input with the same frame, until standard input ends. */
    static void echoUntilEnd() throws IOException {
        InputStream in = new BufferedInputStream(System.in);
        OutputStream out = new BufferedOutputStream(System.out);
        for (byte[] message = Frames.read(in); message != null; message = Frames.read(in)) {
            reply(out, message);
        }
    }
}
