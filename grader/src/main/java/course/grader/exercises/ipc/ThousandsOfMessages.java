package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.ipc.EchoChild;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Five thousand messages of 0 to 300 bytes — empty ones, and ones full of newlines and zero bytes —
 * go to the echo child and come back once each, whole and in order.
 */
@CheckInfo(id = "thousands-of-messages", kind = CheckKind.STRESS, points = 3, requires = "real-child-processes",
        title = "5 000 messages (empty, with newlines, binary) come back once each, whole and in order")
public final class ThousandsOfMessages implements CheckBody {

    private static final int MESSAGES = 5_000;

    @Override
    public void run(CheckContext context) throws Exception {
        Random random = new Random(42);
        List<byte[]> messages = new ArrayList<>();
        for (int index = 0; index < MESSAGES; index++) {
            byte[] message = new byte[index % 50 == 0 ? 0 : random.nextInt(300)];
            random.nextBytes(message);
            if (message.length > 2) {
                message[message.length / 2] = '\n';
            }
            messages.add(message);
        }
        Conversation conversation = Conversation.with(EchoChild.class, messages, Duration.ofSeconds(10));
        String difference = Conversation.firstDifference(messages, conversation.replies());
        if (difference != null) {
            throw new CheckFailure(Feedback.expected("every message back once, whole, in order")
                    .observed(difference)
                    .cause("messages are not framed: reading lines or whatever bytes are available splits a message"
                            + " at a newline, or runs two together")
                    .revisit("framing: write the length, then the bytes; read exactly the length, then exactly the bytes"));
        }
    }
}
