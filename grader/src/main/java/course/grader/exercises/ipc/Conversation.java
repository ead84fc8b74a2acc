package course.grader.exercises.ipc;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.ipc.ChildProcess;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * One conversation with a child program through the student's {@link ChildProcess}: start it, note
 * who its parent is, exchange messages, close it — all in a thread of its own, within a bound.
 *
 * @param pid       the child's process id as the student's code reports it
 * @param parentPid the parent of that process, as the operating system says, or -1
 * @param replies   the child's replies
 */
record Conversation(long pid, long parentPid, List<byte[]> replies) {

    static Conversation with(Class<?> childProgram, List<byte[]> messages, Duration bound) throws Exception {
        AtomicReference<Conversation> result = new AtomicReference<>();
        try {
            ThreadGang.start("parent", 1, index -> {
                ChildProcess child = ChildProcess.start(childProgram);
                long parent = ProcessHandle.of(child.pid()).flatMap(ProcessHandle::parent).map(ProcessHandle::pid)
                        .orElse(-1L);
                List<byte[]> replies = child.exchange(messages);
                result.set(new Conversation(child.pid(), parent, replies));
                child.close();
            }).join(bound);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(messages.size() + " messages of up to " + largest(messages)
                            + " bytes exchanged with " + childProgram.getSimpleName() + " within " + bound.toSeconds() + " s")
                    .observed("the exchange was still running; " + stuck.diagnosis())
                    .cause("both processes are blocked writing: the parent writes all its messages before reading any"
                            + " reply, the child's replies fill the pipe (about 64 KB), the child stops reading, and"
                            + " the parent's pipe fills too — or a reply is read that the child never sends")
                    .revisit("read the replies in a second thread while writing; frame every message"), true);
        }
        return result.get();
    }

    /** The first place where the replies differ from the expected ones, for a student; null when equal. */
    static String firstDifference(List<byte[]> expected, List<byte[]> replies) {
        for (int index = 0; index < Math.min(expected.size(), replies.size()); index++) {
            if (!java.util.Arrays.equals(expected.get(index), replies.get(index))) {
                return "reply " + index + " was " + describe(replies.get(index)) + " instead of " + describe(expected.get(index));
            }
        }
        return expected.size() == replies.size() ? null
                : replies.size() + " replies came back for " + expected.size() + " messages";
    }

    private static String describe(byte[] bytes) {
        boolean text = IntStream.range(0, Math.min(bytes.length, 60)).allMatch(i -> bytes[i] >= 32 && bytes[i] < 127);
        return bytes.length + " bytes" + (text && bytes.length <= 60 ? " \"" + new String(bytes) + "\"" : "");
    }

    private static int largest(List<byte[]> messages) {
        return messages.stream().mapToInt(message -> message.length).max().orElse(0);
    }
}
