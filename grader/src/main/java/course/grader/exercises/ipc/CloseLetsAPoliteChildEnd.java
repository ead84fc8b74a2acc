package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.ipc.ChildProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * close() first closes the child's input, so a child that ends when its input does ends by itself,
 * its work done, and is never destroyed. The grader's {@link PoliteChild} notes that it saw the end
 * of its input; a close() that never closes it waits out its grace period and destroys the child.
 */
@CheckInfo(id = "close-lets-a-polite-child-end", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "close() closes the child's input, and a child that ends when its input does ends by itself")
public final class CloseLetsAPoliteChildEnd implements CheckBody {

    private static final ChildEnding ENDING = ChildEnding.closeOfAPoliteChild(PoliteChild.class);
    /**
     * How long close() of this child may take: half the 2 s of grace. The child ends within
     * milliseconds of the end of its input; the JDK's destroy() closes the input too, so a close()
     * that only destroys the child after the grace lets it see the end of its input, 2 s late.
     */
    private static final Duration PROMPTLY = Duration.ofSeconds(1);

    @Override
    public void run(CheckContext context) throws Exception {
        long[] closing = new long[2];
        long pid = ENDING.requireGone(child -> {
            closing[0] = System.nanoTime();
            child.close();
            closing[1] = System.nanoTime();
        });
        Duration took = Duration.ofNanos(closing[1] - closing[0]);
        Path note = PoliteChild.noteOf(pid);
        boolean endedByItself = Files.exists(note);
        Files.deleteIfExists(note);
        if (!endedByItself || took.compareTo(PROMPTLY) > 0) {
            throw new CheckFailure(Feedback.expected("a child that ends when its input does to end by itself, at once,"
                            + " after close()")
                    .observed(endedByItself ? "close() took " + took.toMillis() + " ms: the child saw the end of its input"
                            + " only when it was destroyed, after the grace period"
                            : "child " + pid + " never saw the end of its input: it was ended from outside")
                    .cause("close() does not close the child's input: it waits out the grace period, then destroys a"
                            + " child that would have ended by itself, and whatever the child does at its end is lost")
                    .revisit("close(): close the child's standard input first, waitFor with a grace period, destroy"
                            + " only a child still running after it"));
        }
    }
}
