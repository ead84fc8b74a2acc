package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.ipc.CounterChild;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The child is a real process: its id is not the parent's, the operating system names the parent
 * as its parent, and the static field it counts in is its own — the parent's copy stays 0.
 */
@CheckInfo(id = "real-child-processes", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "Children are real processes of this JVM, with their own static fields")
public final class RealChildProcesses implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        long start = System.nanoTime();
        Conversation conversation = Conversation.with(CounterChild.class,
                List.of(new byte[0], new byte[0], new byte[0]), Duration.ofSeconds(20));
        context.measure("child start and 3 messages", (System.nanoTime() - start) / 1e6, "ms");
        long self = ProcessHandle.current().pid();
        if (!conversation.inAChildProcess()) {
            throw new CheckFailure(Feedback.expected("a child process whose id differs from this JVM's (" + self
                            + ") and whose parent is this JVM")
                    .observed("the child's id is " + conversation.pid() + ", its parent " + conversation.parentPid())
                    .cause("the child program runs in a thread of this JVM, not in a process of its own")
                    .revisit("ProcessBuilder.start() makes a process; a Thread does not"));
        }
        List<String> counts = conversation.replies().stream().map(reply -> new String(reply, StandardCharsets.UTF_8)).toList();
        if (!counts.equals(List.of("1", "2", "3")) || CounterChild.counter != 0) {
            throw new CheckFailure(Feedback.expected("the child to count 1, 2, 3 in its own static field while this JVM's"
                            + " copy stays 0")
                    .observed("the child replied " + counts + "; this JVM's counter is " + CounterChild.counter)
                    .cause(CounterChild.counter != 0 ? "the child shares this JVM's memory: it is not a separate process"
                            : "CounterChild does not count the frames it receives")
                    .revisit("processes do not share memory; every process has its own static fields"));
        }
    }
}
