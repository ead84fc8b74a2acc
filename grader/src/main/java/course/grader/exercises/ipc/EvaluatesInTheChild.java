package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.ipc.EvalChild;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The evaluating child, a process of its own, sums the numbers of each request and sends the result
 * back; when it crashes, the feedback shows its exit code and the end of its standard error.
 */
@CheckInfo(id = "evaluates-in-the-child", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "EvalChild answers each request with the sum of its numbers")
public final class EvaluatesInTheChild implements CheckBody {

    private static final List<String> REQUESTS = List.of("1 2 3", "10 -4", "", "9000000000 1");
    private static final List<String> ANSWERS = List.of("6", "6", "0", "9000000001");

    @Override
    public void run(CheckContext context) throws Exception {
        Conversation conversation = Conversation.with(EvalChild.class,
                REQUESTS.stream().map(request -> request.getBytes(StandardCharsets.UTF_8)).toList(), Duration.ofSeconds(20));
        if (!conversation.inAChildProcess()) {
            throw new CheckFailure(Feedback.expected("the sums computed by EvalChild in a child process of this JVM ("
                            + ProcessHandle.current().pid() + ")")
                    .observed("the answers came from process " + conversation.pid() + ", whose parent is "
                            + conversation.parentPid())
                    .cause("the requests are evaluated in this JVM — by a thread playing the child — not in a child"
                            + " process")
                    .revisit("ProcessBuilder.start() makes a process; the child evaluates, the parent only sends and reads"));
        }
        List<String> answers = conversation.replies().stream().map(reply -> new String(reply, StandardCharsets.UTF_8)).toList();
        if (!answers.equals(ANSWERS)) {
            throw new CheckFailure(Feedback.expected("answers " + ANSWERS + " to requests " + REQUESTS)
                    .observed("the child answered " + answers)
                    .cause("the child parses or sums the request wrongly (long numbers, an empty request)")
                    .revisit("the request/reply protocol: one frame in, one frame out"));
        }
    }
}
