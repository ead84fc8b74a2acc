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

/**
 * close() first closes the child's input, so a child that ends when its input does ends by itself,
 * its work done, and is never destroyed. The grader's {@link PoliteChild} notes that it saw the end
 * of its input; a close() that never closes it waits out its grace period and destroys the child.
 */
@CheckInfo(id = "close-lets-a-polite-child-end", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "close() closes the child's input, and a child that ends when its input does ends by itself")
public final class CloseLetsAPoliteChildEnd implements CheckBody {

    private static final ChildEnding ENDING = ChildEnding.closeOfAPoliteChild(PoliteChild.class);

    @Override
    public void run(CheckContext context) throws Exception {
        long pid = ENDING.requireGone(ChildProcess::close);
        Path note = PoliteChild.noteOf(pid);
        boolean endedByItself = Files.exists(note);
        Files.deleteIfExists(note);
        if (!endedByItself) {
            throw new CheckFailure(Feedback.expected("a child that ends when its input does to end by itself after"
                            + " close()")
                    .observed("child " + pid + " never saw the end of its input: it was ended from outside")
                    .cause("close() does not close the child's input: it waits out the grace period, then destroys a"
                            + " child that would have ended by itself, and whatever the child does at its end is lost")
                    .revisit("close(): close the child's standard input first, waitFor with a grace period, destroy"
                            + " only a child still running after it"));
        }
    }
}
