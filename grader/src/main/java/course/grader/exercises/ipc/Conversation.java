package course.grader.exercises.ipc;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import course.ipc.ChildProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * One conversation with a child program through the student's {@link ChildProcess}: start it, note
 * who its parent is, exchange messages, close it — all in a thread of its own, within a bound.
 * When it breaks off and the child is gone, the grader runs the child alone with the same messages
 * and reports what the child did. (The grader ends every child a check left running.)
 *
 * @param pid       the child's process id as the student's code reports it
 * @param parentPid the parent of that process, as the operating system says, or -1
 * @param replies   the child's replies
 */
record Conversation(long pid, long parentPid, List<byte[]> replies) {

    /** Why an exchange that never finished did not, in the terms of the check that saw it. */
    record Stall(String cause, String revisit) {
    }

    /** An exchange after the first threw, when the ones before it had all their replies. */
    static final class LaterExchangeFailed extends IOException {

        private static final long serialVersionUID = 1L;
        private final int exchange;

        LaterExchangeFailed(int exchange, IOException failure) {
            super(failure.toString(), failure);
            this.exchange = exchange;
        }

        /** Which exchange threw, counting from 0. */
        int exchange() {
            return exchange;
        }
    }

    /** The usual reason: the pipes filled up because nothing read while writing. */
    static final Stall FULL_PIPES = new Stall("both processes are blocked writing: the parent writes all its messages"
            + " before reading any reply, the child's replies fill the pipe (about 64 KB), the child stops reading, and"
            + " the parent's pipe fills too — or a reply is read that the child never sends",
            "read the replies in a second thread while writing; frame every message");

    private static final Duration ALONE = Duration.ofSeconds(10);
    /** Why the replies exchange() returned are not the child's, whether sealed or compared with a run alone. */
    private static final String NOT_THE_CHILDS = "exchange() does not return the frames it reads from the child: the"
            + " replies are made up in the parent, or bytes are lost, added or reordered on the way";
    private static final String BYTE_FOR_BYTE = "the child program computes the replies; the parent writes each"
            + " message to its standard input and reads each reply, byte for byte, from its standard output";
    /** How long a child that is ending (its output closed, its process not yet reaped) may take. */
    private static final Duration ENDING = Duration.ofMillis(500);

    static Conversation with(Class<?> childProgram, List<byte[]> messages, Duration bound) throws Exception {
        return with(childProgram, messages, bound, FULL_PIPES);
    }

    static Conversation with(Class<?> childProgram, List<byte[]> messages, Duration bound, Stall stall)
            throws Exception {
        return over(childProgram, List.of(messages), bound, stall);
    }

    /** As {@link #with}, in several exchanges with the one child: the replies of them all, in order. */
    static Conversation over(Class<?> childProgram, List<List<byte[]>> exchanges, Duration bound, Stall stall)
            throws Exception {
        List<byte[]> messages = exchanges.stream().flatMap(List::stream).toList();
        AtomicReference<Conversation> result = new AtomicReference<>();
        AtomicLong pid = new AtomicLong(-1);
        try {
            ThreadGang.start("parent", 1, index -> {
                Child.StandIn standIn = Child.standingFor(childProgram);
                ChildProcess child = ChildProcess.start(standIn.started());
                pid.set(child.pid());
                Child.requireRuns(child.pid(), standIn.started());
                long parent = ProcessHandle.of(child.pid()).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                        .orElse(-1L);
                List<byte[]> replies = new ArrayList<>();
                for (int exchange = 0; exchange < exchanges.size(); exchange++) {
                    try {
                        replies.addAll(opened(child.exchange(exchanges.get(exchange)), replies.size(), standIn.seal(),
                                childProgram));
                    } catch (IOException failed) {
                        throw exchange == 0 ? failed : new LaterExchangeFailed(exchange, failed);
                    }
                }
                result.set(new Conversation(child.pid(), parent, List.copyOf(replies)));
                child.close();
            }).join(bound);
        } catch (ThreadsStuckException stuck) {
            explainEndedChild(childProgram, messages, pid.get());
            throw new CheckFailure(Feedback.expected(messages.size() + " messages of up to " + largest(messages)
                            + " bytes exchanged with " + childProgram.getSimpleName() + " within " + bound.toSeconds() + " s")
                    .observed("the exchange was still running; " + stuck.diagnosis())
                    .cause(stall.cause())
                    .revisit(stall.revisit()), true);
        } catch (WorkerFailedException failed) {
            if (failed.getCause() instanceof CheckFailure notThatProgram) {
                throw notThatProgram;
            }
            explainEndedChild(childProgram, messages, pid.get());
            throw failed;
        }
        if (Child.ofTheExercise(childProgram)) {
            requireTheChildsOwn(childProgram, messages, result.get().replies());
        }
        return result.get();
    }

    /**
     * The messages inside {@code replies}, the first of which is reply number {@code first}; fails at
     * the first reply that does not carry the child's seal: the parent made it up, or changed it.
     */
    private static List<byte[]> opened(List<byte[]> replies, int first, Seal seal, Class<?> childProgram)
            throws CheckFailure {
        List<byte[]> messages = new ArrayList<>(replies.size());
        for (byte[] reply : replies) {
            int index = first + messages.size();
            messages.add(seal.open(reply).orElseThrow(() -> new CheckFailure(Feedback.expected("every reply that"
                            + " exchange() returns to be one that " + childProgram.getSimpleName() + " wrote to its"
                            + " standard output, unchanged")
                    .observed("reply " + index + " (" + describe(reply) + ") is not one the child sent: each"
                            + " reply of the grader's child programs carries a mark this one lacks")
                    .cause(NOT_THE_CHILDS)
                    .revisit(BYTE_FOR_BYTE))));
        }
        return messages;
    }

    /**
     * Fails unless {@code replies} are what the exercise's own child program answers when the grader
     * runs it alone with the same messages: its replies carry no seal, so this is how a check knows
     * they came from the child and not from a parent that made them up. A child that does not end
     * within the bound alone decides nothing.
     */
    private static void requireTheChildsOwn(Class<?> childProgram, List<byte[]> messages, List<byte[]> replies)
            throws Exception {
        ChildRun alone = ChildRun.of(childProgram, messages, ALONE).orElse(null);
        if (alone == null) {
            return;
        }
        String program = childProgram.getSimpleName();
        String difference = alone.brokeOff(messages.size())
                ? "run alone by the grader with the same messages, " + program + " answered " + alone.replies().size()
                        + " of them and exited with code " + alone.exitCode()
                : firstDifference(alone.replies(), replies);
        if (difference != null) {
            throw new CheckFailure(Feedback.expected("the replies exchange() returns to be the ones " + program
                            + " sends, as it sends them when the grader runs it alone with the same messages")
                    .observed("exchange() returned " + replies.size() + " replies for " + messages.size()
                            + " messages, not " + program + "'s: " + difference)
                    .cause(NOT_THE_CHILDS)
                    .revisit(BYTE_FOR_BYTE));
        }
    }

    /**
     * If the student's child is gone, runs the child program alone with the same messages; when it
     * broke off there too, the child program is at fault, and the feedback says what it did.
     */
    private static void explainEndedChild(Class<?> childProgram, List<byte[]> messages, long pid) throws Exception {
        if (pid < 0 || stillRunning(pid)) {
            return;
        }
        ChildRun alone = ChildRun.of(childProgram, messages, ALONE).orElse(null);
        if (alone == null || !alone.brokeOff(messages.size())) {
            return;
        }
        throw new CheckFailure(Feedback.expected(childProgram.getSimpleName() + " to answer all " + messages.size()
                        + " messages, then exit with code 0 when its input ends")
                .observed("the child process ended early. Run alone by the grader with the same messages, "
                        + childProgram.getSimpleName() + " answered " + alone.replies().size() + " and exited with code "
                        + alone.exitCode() + (alone.stderrTail().isEmpty() ? "; its standard error was empty"
                        : "; the end of its standard error: " + alone.stderrTail()))
                .cause("the child program failed on message " + (alone.replies().size() + 1) + " (see its standard error):"
                        + " once it is gone no more replies can come")
                .revisit("the child's side of the protocol: every request the contract allows gets a reply;"
                        + " a child's exit code and standard error tell why it ended"));
    }

    /** Whether process {@code pid} still runs after {@link #ENDING}: a child whose output has closed may be ending. */
    private static boolean stillRunning(long pid) throws InterruptedException {
        ProcessHandle process = ProcessHandle.of(pid).orElse(null);
        if (process == null) {
            return false;
        }
        try {
            process.onExit().get(ENDING.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException | ExecutionException notEnded) {
            return process.isAlive();
        }
    }

    /** Whether the child was a process of its own, and a child of this JVM. */
    boolean inAChildProcess() {
        long self = ProcessHandle.current().pid();
        return pid != self && parentPid == self;
    }

    /** The first place where the replies differ from the expected ones, for a student; null when equal. */
    static String firstDifference(List<byte[]> expected, List<byte[]> replies) {
        for (int index = 0; index < Math.min(expected.size(), replies.size()); index++) {
            if (!java.util.Arrays.equals(expected.get(index), replies.get(index))) {
                return "reply " + index + " was " + describe(replies.get(index)) + " instead of " + describe(expected.get(index));
            }
        }
        return expected.size() == replies.size() ? null
                : replies.size() + (replies.size() == 1 ? " reply" : " replies") + " came back for " + expected.size() + " messages";
    }

    private static String describe(byte[] bytes) {
        boolean text = IntStream.range(0, Math.min(bytes.length, 60)).allMatch(i -> bytes[i] >= 32 && bytes[i] < 127);
        return bytes.length + " bytes" + (text && bytes.length <= 60 ? " \"" + new String(bytes) + "\"" : "");
    }

    private static int largest(List<byte[]> messages) {
        return messages.stream().mapToInt(message -> message.length).max().orElse(0);
    }
}
