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

/** Six one-megabyte messages through the echo child: far more than a pipe holds, so writing and reading must overlap. */
@CheckInfo(id = "megabyte-messages", kind = CheckKind.STRESS, points = 3, requires = "real-child-processes",
        title = "6 messages of 1 MB come back whole: no deadlock on full pipes")
public final class MegabyteMessages implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        Random random = new Random(7);
        List<byte[]> messages = new ArrayList<>();
        for (int index = 0; index < 6; index++) {
            byte[] message = new byte[1 << 20];
            random.nextBytes(message);
            messages.add(message);
        }
        long start = System.nanoTime();
        Conversation conversation = Conversation.with(EchoChild.class, messages, Duration.ofSeconds(10));
        context.measure("6 MB round trip", (System.nanoTime() - start) / 1e6, "ms");
        String difference = Conversation.firstDifference(messages, conversation.replies());
        if (difference != null) {
            throw new CheckFailure(Feedback.expected("each 1 MB message back whole")
                    .observed(difference)
                    .cause("a large message is read with a single read(), which returns what has arrived so far")
                    .revisit("readFully / readNBytes read exactly as many bytes as the frame says"));
        }
    }
}
