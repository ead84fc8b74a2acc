package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * close() first closes the child's input, so a child that ends when its input does ends by itself,
 * its work done, and is never destroyed. The grader's {@link PoliteChild} notes that it saw the end
 * of its input; a close() that never closes it waits out its grace period and destroys the child.
 * Then the grader's {@link UnhurriedChild}, which needs {@link UnhurriedChild#CLEAN_UP} after the end
 * of its input: within the 2 s of grace it must be let end by itself too.
 */
@CheckInfo(id = "close-lets-a-polite-child-end", kind = CheckKind.FUNCTIONAL, points = 1, requires = "real-child-processes",
        title = "close() closes the child's input, and a child that ends when its input does ends by itself,"
                + " given its grace period")
public final class CloseLetsAPoliteChildEnd implements CheckBody {

    private static final ChildEnding AT_ONCE = ChildEnding.closeOfAPoliteChild(PoliteChild.class);
    private static final ChildEnding UNHURRIED = ChildEnding.closeOfAPoliteChild(UnhurriedChild.class);
    /**
     * How long close() of the child that ends at once may take: half the 2 s of grace. The child ends
     * within milliseconds of the end of its input; the JDK's destroy() closes the input too, so a
     * close() that only destroys the child after the grace lets it see the end of its input, 2 s late.
     */
    private static final Duration PROMPTLY = Duration.ofSeconds(1);

    @Override
    public void run(CheckContext context) throws Exception {
        Closing atOnce = Closing.of(AT_ONCE);
        if (!atOnce.endedByItself && atOnce.took.compareTo(PROMPTLY) <= 0) {
            throw shortGrace(atOnce, "a child that ends when its input does to end by itself, at once, after close()");
        }
        if (!atOnce.endedByItself || atOnce.took.compareTo(PROMPTLY) > 0) {
            throw new CheckFailure(Feedback.expected("a child that ends when its input does to end by itself, at once,"
                            + " after close()")
                    .observed(atOnce.endedByItself ? "close() took " + atOnce.took.toMillis() + " ms: the child saw the"
                            + " end of its input only when it was destroyed, after the grace period"
                            : "child " + atOnce.pid + " never saw the end of its input: it was ended from outside")
                    .cause("close() does not close the child's input: it waits out the grace period, then destroys a"
                            + " child that would have ended by itself, and whatever the child does at its end is lost")
                    .revisit("close(): close the child's standard input first, waitFor with a grace period, destroy"
                            + " only a child still running after it"));
        }
        Closing unhurried = Closing.of(UNHURRIED);
        if (!unhurried.endedByItself) {
            throw shortGrace(unhurried, "a child that ends by itself " + UnhurriedChild.CLEAN_UP.toMillis()
                    + " ms after the end of its input, well within the 2 s of grace, to end by itself (exit code 0)"
                    + " after close()");
        }
    }

    /** A child ended from outside by a close() that returned before the grace period was out. */
    private static CheckFailure shortGrace(Closing closing, String expected) {
        return new CheckFailure(Feedback.expected(expected)
                .observed("child " + closing.pid + " was ended from outside before it was done: close() returned"
                        + " after " + closing.took.toMillis() + " ms")
                .cause("close() gives the child less grace than the 2 s the Javadoc states before it destroys it (a"
                        + " slip of units? waitFor(2, TimeUnit.MILLISECONDS) is 2 ms), so a child still finishing"
                        + " its work when its input ends is killed in the middle of it")
                .revisit("close(): after closing the input, waitFor(2, TimeUnit.SECONDS); destroy only a child"
                        + " still running then"));
    }

    /** One close() of a polite child: how long it took, and whether the child ended by itself. */
    private record Closing(long pid, Duration took, boolean endedByItself) {

        static Closing of(ChildEnding ending) throws Exception {
            long[] closing = new long[2];
            long pid = ending.requireGone(child -> {
                closing[0] = System.nanoTime();
                child.close();
                closing[1] = System.nanoTime();
            });
            Path note = PoliteChild.noteOf(pid);
            boolean endedByItself = Files.exists(note);
            Files.deleteIfExists(note);
            return new Closing(pid, Duration.ofNanos(closing[1] - closing[0]), endedByItself);
        }
    }
}
