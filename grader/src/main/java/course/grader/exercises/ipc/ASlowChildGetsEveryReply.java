package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * exchange() waits for every reply however long the child takes: {@value #MESSAGES} messages to a
 * child that pauses {@link PonderingChild#PAUSE} before each reply. An exchange that stops waiting
 * for its reader after a time (a join with a time-out as a "safety bound") returns the replies that
 * came so far: fewer than the messages, and no exception, which the contract forbids.
 */
@CheckInfo(id = "a-slow-child-gets-every-reply", kind = CheckKind.FUNCTIONAL, points = 1, requires = "real-child-processes",
        title = "exchange() waits for every reply of a child that takes 2 s over each")
public final class ASlowChildGetsEveryReply implements CheckBody {

    private static final int MESSAGES = 3;
    /** The child's pauses, its start and a loaded machine's delays, with room to spare. */
    private static final Duration BOUND = PonderingChild.PAUSE.multipliedBy(MESSAGES).plusSeconds(14);

    @Override
    public void run(CheckContext context) throws Exception {
        List<byte[]> messages = IntStream.range(0, MESSAGES)
                .mapToObj(index -> ("question " + index).getBytes(StandardCharsets.US_ASCII)).toList();
        Conversation conversation = Conversation.with(PonderingChild.class, messages, BOUND);
        String difference = Conversation.firstDifference(messages, conversation.replies());
        if (difference != null) {
            throw new CheckFailure(Feedback.expected("all " + MESSAGES + " replies from a child that takes "
                            + PonderingChild.PAUSE.toSeconds() + " s over each")
                    .observed(difference + ", and exchange() threw nothing")
                    .cause("exchange() stops waiting for the replies after a time (a join with a time-out ran out"
                            + " while the child was still working) and returns what came so far. A slow child is"
                            + " not a broken one: wait until every reply is read, or until the child's output ends"
                            + " (then throw IOException)")
                    .revisit("join() the reader with no time-out; the only short answer is an IOException"));
        }
    }
}
