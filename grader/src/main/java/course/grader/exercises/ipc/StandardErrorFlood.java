package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A child that logs 256 KB to its standard error before it answers still answers: the parent does
 * something with that stream — discards it, inherits it, or drains it — and never mixes it into
 * the replies.
 */
@CheckInfo(id = "standard-error-drained", kind = CheckKind.STRESS, points = 2, requires = "real-child-processes",
        title = "A child that logs 256 KB to its standard error still answers: its standard error is drained")
public final class StandardErrorFlood implements CheckBody {

    private static final Conversation.Stall UNDRAINED = new Conversation.Stall("the child writes "
            + ChattyChild.LOG_BYTES / 1024 + " KB to its standard error before it answers; a pipe holds about 64 KB,"
            + " and nothing reads the child's standard error, so the child blocks writing its log and never reads"
            + " a message",
            "a child's standard error is a third pipe: redirectError(DISCARD or INHERIT, or a file), or a thread that"
                    + " drains getErrorStream()");

    @Override
    public void run(CheckContext context) throws Exception {
        List<byte[]> messages = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            messages.add(("message " + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Conversation conversation = Conversation.with(ChattyChild.class, messages, Duration.ofSeconds(10), UNDRAINED);
        String difference = Conversation.firstDifference(messages, conversation.replies());
        if (difference != null) {
            throw new CheckFailure(Feedback.expected("every message back once, whole, in order, from a child that logs"
                            + " to its standard error")
                    .observed(difference)
                    .cause("the child's standard error is mixed into its standard output (redirectErrorStream(true)):"
                            + " its log lines land between the frames and are read as replies")
                    .revisit("keep the reply pipe for frames only: a child's standard error goes elsewhere"));
        }
    }
}
