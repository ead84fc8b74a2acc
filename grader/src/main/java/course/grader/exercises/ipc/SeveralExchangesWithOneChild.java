package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.WorkerFailedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A conversation of {@value #EXCHANGES} exchanges with one child, one after another, each answered
 * in full. An exchange that closes the child's input when it has written (a try-with-resources on
 * the process's output stream is the usual way) ends the conversation after the first: the child
 * sees the end of its input and exits, and the next exchange cannot write.
 */
@CheckInfo(id = "several-exchanges-with-one-child", kind = CheckKind.FUNCTIONAL, points = 1, requires = "real-child-processes",
        title = "3 exchanges with one child, one after another, each get all their replies")
public final class SeveralExchangesWithOneChild implements CheckBody {

    private static final int EXCHANGES = 3;
    private static final int MESSAGES_PER_EXCHANGE = 2;
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Override
    public void run(CheckContext context) throws Exception {
        List<List<byte[]>> exchanges = IntStream.range(0, EXCHANGES)
                .mapToObj(exchange -> IntStream.range(0, MESSAGES_PER_EXCHANGE)
                        .mapToObj(message -> ("exchange " + exchange + ", message " + message)
                                .getBytes(StandardCharsets.US_ASCII))
                        .toList())
                .toList();
        Conversation conversation;
        try {
            conversation = Conversation.over(EchoingChild.class, exchanges, BOUND, Conversation.FULL_PIPES);
        } catch (WorkerFailedException failed) {
            if (!(failed.getCause() instanceof Conversation.LaterExchangeFailed later)) {
                throw failed;
            }
            throw new CheckFailure(Feedback.expected(EXCHANGES + " exchanges with one child, each answered in full")
                    .observed("exchange " + (later.exchange() + 1) + " threw " + later.getMessage() + ", after "
                            + later.exchange() + " had all their replies")
                    .cause("an exchange closes one of the child's streams (a try-with-resources on"
                            + " getOutputStream() or getInputStream(), or close() after the last frame): the child"
                            + " takes that for the end of the conversation and exits, and the next exchange cannot"
                            + " write or read")
                    .revisit("a pipe stays open for the whole conversation: flush() after writing, and close the"
                            + " child's input in close() only"));
        }
        List<byte[]> messages = exchanges.stream().flatMap(List::stream).toList();
        String difference = Conversation.firstDifference(messages, conversation.replies());
        if (difference != null) {
            throw new CheckFailure(Feedback.expected("every message of " + EXCHANGES + " exchanges back once, in order")
                    .observed(difference)
                    .cause("a reply of one exchange was read by another: an exchange reads more or fewer replies"
                            + " than it sent messages, or a reply reader of an earlier exchange is still reading")
                    .revisit("each exchange reads exactly one reply per message it sent, and joins its reader"));
        }
    }
}
