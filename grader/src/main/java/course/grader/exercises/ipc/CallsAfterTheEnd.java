package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.ipc.ChildProcess;
import course.ipc.EchoChild;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Every public method once the child's replies have ended: exchange() with a child that closed its
 * output early, or that is gone, throws an IOException rather than return fewer replies or wait;
 * close() again, terminate() after close(), close() after terminate() return at once, as a
 * caller's clean-up code makes them.
 */
@CheckInfo(id = "calls-after-the-end", kind = CheckKind.FUNCTIONAL, points = 2, requires = "real-child-processes",
        title = "exchange() throws IOException when the replies end early; close() and terminate() again return at once")
public final class CallsAfterTheEnd implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(5);
    /**
     * How long a call on a child that is gone may take: half of close()'s 2 s of grace, which a call
     * that waits out the grace again takes in full, and a call that returns at once never comes near.
     */
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    /** One call on a child that has ended, as a student reads it, and the call itself. */
    private record Call(String name, ChildEnding.Ending call) {
    }

    @Override
    public void run(CheckContext context) throws Exception {
        repliesEndEarly();
        afterEnding("close()", ChildProcess::close, List.of(new Call("close() a second time", ChildProcess::close),
                new Call("terminate() after close()", ChildProcess::terminate)));
        afterEnding("terminate()", ChildProcess::terminate, List.of(
                new Call("close() after terminate()", ChildProcess::close)));
    }

    private static void afterEnding(String ending, ChildEnding.Ending end, List<Call> calls) throws Exception {
        ChildProcess child = started(EchoChild.class, List.of(new byte[] {1}));
        run(ending + " after one exchange", index -> end.end(child));
        for (Call call : calls) {
            long start = System.nanoTime();
            run(call.name(), index -> call.call().end(child));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (took.compareTo(AT_ONCE) > 0) {
                throw new CheckFailure(Feedback.expected(call.name() + " to return at once: the child is already gone")
                        .observed("it took " + took.toMillis() + " ms")
                        .cause("it waits out the grace period again (a sleep, or a wait that does not look whether the"
                                + " child has ended) instead of seeing that there is nothing left to end")
                        .revisit("waitFor(2, SECONDS) returns as soon as the child has ended; remember that the child"
                                + " was ended, and return at once the next time"));
            }
        }
        exchangeRefused("a child that is gone (after " + ending + ")", child, List.of(new byte[] {2}));
    }

    /** A child whose output ends after 2 of 5 replies, while it still runs: exchange() must not return 2. */
    private static void repliesEndEarly() throws Exception {
        ChildProcess child = started(FallsSilentChild.class, List.of());
        exchangeRefused("a child that closes its output after " + FallsSilentChild.REPLIES + " replies", child,
                List.of(new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4}, new byte[] {5}));
        run("close() of a child that fell silent", index -> child.close());
    }

    private static ChildProcess started(Class<?> program, List<byte[]> messages) throws Exception {
        ChildProcess[] child = new ChildProcess[1];
        run("start(" + program.getSimpleName() + ") and an exchange of " + messages.size(), index -> {
            child[0] = ChildProcess.start(Child.standingFor(program).started());
            child[0].exchange(messages);
        });
        return child[0];
    }

    private static void exchangeRefused(String when, ChildProcess child, List<byte[]> messages) throws Exception {
        Throwable thrown = outcome("exchange() with " + when, index -> {
            List<byte[]> replies = child.exchange(messages);
            throw new CheckFailure(Feedback.expected("exchange() with " + when + " to throw an IOException")
                    .observed("it returned " + replies.size() + " replies for " + messages.size() + " messages")
                    .cause("the end of the child's output is taken for the end of the replies: the caller cannot"
                            + " tell a child that answered from one that is gone")
                    .revisit("a reply that can never come is an error: throw IOException when the child's output"
                            + " ends early"));
        });
        if (thrown instanceof CheckFailure verdict) {
            throw verdict;
        }
        if (!(thrown instanceof IOException)) {
            throw new CheckFailure(Feedback.expected("exchange() with " + when + " to throw an IOException")
                    .observed("it threw " + thrown)
                    .cause("writing to a closed pipe, or reading from one, fails with an IOException; something"
                            + " else broke first")
                    .revisit("the state a ChildProcess is in after close() and terminate()"));
        }
    }

    /** Runs one call within the bound, which must return normally. */
    private static void run(String what, ThreadGang.Work call) throws Exception {
        Throwable thrown = outcome(what, call);
        if (thrown != null) {
            throw new CheckFailure(Feedback.expected(what + " to return normally")
                    .observed("it threw " + thrown)
                    .cause("a second call, or a call after the child ended, is not expected: clean-up code calls"
                            + " close() in finally, often after terminate() or a first close()")
                    .revisit("close() twice is harmless (Closeable's contract); a child that is gone needs no ending"));
        }
    }

    /** What {@code call} threw, or null; a call that does not return within the bound fails the check. */
    private static Throwable outcome(String what, ThreadGang.Work call) throws Exception {
        try {
            return ThreadGang.exceptionFrom("caller", call, BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(what + " to return within " + BOUND.toSeconds() + " s")
                    .observed("it was still running; " + stuck.diagnosis())
                    .cause("it waits for something a child that has ended will never do: send a reply, or end again")
                    .revisit("after the child is gone, every wait must end: the end of its output is an error"), true);
        }
    }
}
