package course.grader.exercises.ipc;

import java.io.PrintStream;

/**
 * A child program that logs {@value #LOG_BYTES} bytes to its standard error — four times what a
 * pipe holds — before it echoes frames like {@code EchoChild}: if nobody reads that stream, it
 * blocks writing its log and never answers. Started by the student's {@code ChildProcess}.
 */
public final class ChattyChild {

    static final int LOG_BYTES = 256 * 1024;
    private static final String LINE = "chatty child: one more line of a log that nobody needs to read";

    private ChattyChild() {
    }

    public static void main(String[] args) throws Exception {
        GraderChild.limitLifetime();
        PrintStream log = System.err;
        for (int written = 0; written < LOG_BYTES; written += LINE.length() + 1) {
            log.println(LINE);
        }
        log.flush();
        GraderChild.echoUntilEnd();
    }
}
