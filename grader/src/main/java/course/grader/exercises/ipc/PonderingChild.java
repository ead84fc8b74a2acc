package course.grader.exercises.ipc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * A child that thinks before it answers: it echoes every frame, each after {@link #PAUSE}. Slow,
 * not broken: every message gets its reply. Started by the student's {@code ChildProcess}.
 */
public final class PonderingChild {

    /**
     * The pause before each reply. Three of them outlast the bounds a timed join is usually given
     * (1 to 5 s), yet they are short enough that the check costs a correct solution about 6 s.
     */
    static final Duration PAUSE = Duration.ofSeconds(2);

    private PonderingChild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        GraderChild.limitLifetime();
        InputStream in = new BufferedInputStream(System.in);
        OutputStream out = System.out;
        for (byte[] message = Frames.read(in); message != null; message = Frames.read(in)) {
            Thread.sleep(PAUSE);
            GraderChild.reply(out, message);
        }
    }
}
