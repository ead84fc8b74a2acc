package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.ipc.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The grader's {@link WithdrawnChild} closes its own input and output and runs on. Once it has, the
 * check sends it a message (the write meets a broken pipe, and exchange throws: the child cannot
 * answer) and closes it: closing the child's input fails now, with the bytes of the failed write
 * still in a buffered stream. close() must not stop there: it ends the child all the same, waits
 * until it is gone, and returns normally.
 */
@CheckInfo(id = "close-ends-a-withdrawn-child", kind = CheckKind.FUNCTIONAL, points = 1, requires = "real-child-processes",
        title = "close() ends a child that closed its own input, although closing that input fails, and does not throw")
public final class CloseEndsAWithdrawnChild implements CheckBody {

    /** How long the child may take to start and close its streams: a JVM's start on a loaded machine. */
    private static final Duration WITHDRAWS_WITHIN = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 10;
    private static final ChildEnding ENDING = new ChildEnding("close()", WithdrawnChild.class, Duration.ofSeconds(8),
            "close() waits for a child that will never end by itself, and never destroys it",
            "close() stopped at the failure to close the child's input — an IOException (a broken pipe: the child"
                    + " had closed its end, and the bytes of a failed write were still buffered) — and never waited"
                    + " for, destroyed or killed the child");

    @Override
    public void run(CheckContext context) throws Exception {
        AtomicReference<Exception> closeThrew = new AtomicReference<>();
        long pid = ENDING.requireGone(CloseEndsAWithdrawnChild::talkOnceWithdrawn, child -> {
            try {
                child.close();
            } catch (IOException thrown) {
                closeThrew.set(thrown);
            }
        });
        Files.deleteIfExists(WithdrawnChild.noteOf(pid));
        if (closeThrew.get() != null) {
            throw new CheckFailure(Feedback.expected("close() to return normally once it has ended the child, for a"
                            + " child that closed its own input")
                    .observed("close() ended child " + pid + ", then threw " + StudentCode.describe(closeThrew.get()))
                    .cause("the failure to close the child's input came out of close(); the child was ended all the"
                            + " same, and the caller is told of a failure that was none of its business")
                    .revisit("close(): a child that has closed its end of the pipe cannot be told the input ended;"
                            + " catch that IOException and go on to waitFor, destroy and waitFor"));
        }
    }

    /** Waits for the child to close its streams, then sends it a message, which it cannot answer. */
    private static void talkOnceWithdrawn(ChildProcess child) throws Exception {
        Path note = WithdrawnChild.noteOf(child.pid());
        long deadline = System.nanoTime() + WITHDRAWS_WITHIN.toNanos();
        while (!Files.exists(note) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        try {
            child.exchange(List.of(new byte[] {1}));
        } catch (IOException cannotAnswer) {
            // as the Javadoc says: the child's output ended before it replied
        }
    }
}
