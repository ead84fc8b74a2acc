package course.grader.exercises.ipc;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * A child program that stops answering: it echoes the first {@value #REPLIES} frames, closes its
 * standard output, and goes on reading (and ignoring) its input until that ends. Its replies end
 * early at a frame's boundary while it still runs. Started by the student's {@code ChildProcess}.
 */
public final class FallsSilentChild {

    static final int REPLIES = 2;

    private FallsSilentChild() {
    }

    public static void main(String[] args) throws Exception {
        GraderChild.limitLifetime();
        InputStream in = new BufferedInputStream(System.in);
        for (int replies = 0; replies < REPLIES; replies++) {
            GraderChild.reply(System.out, Frames.read(in));
        }
        System.out.close();
        while (in.read() >= 0) {
            // ignored
        }
    }
}
