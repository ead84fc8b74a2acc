package course.ipc;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Mutant: a thread plays the child — echoes, counts, evaluates — in this JVM. */
public final class ChildProcess implements AutoCloseable {

    private final PipedOutputStream toChild = new PipedOutputStream();
    private final PipedInputStream fromChild = new PipedInputStream(1 << 22);
    private final Thread child;

    private ChildProcess(Class<?> mainClass) throws IOException {
        PipedInputStream childIn = new PipedInputStream(toChild, 1 << 22);
        PipedOutputStream childOut = new PipedOutputStream(fromChild);
        boolean counting = mainClass == CounterChild.class;
        boolean evaluating = mainClass == EvalChild.class;
        child = Thread.ofPlatform().daemon().start(() -> {
            try {
                for (byte[] frame = Framing.read(childIn); frame != null; frame = Framing.read(childIn)) {
                    Framing.write(childOut, counting
                            ? Integer.toString(++CounterChild.counter).getBytes(StandardCharsets.UTF_8)
                            : evaluating ? sum(frame) : frame);
                }
            } catch (IOException ended) {
                // the parent closed the pipe
            }
        });
    }

    private static byte[] sum(byte[] request) {
        String numbers = new String(request, StandardCharsets.UTF_8).strip();
        long sum = numbers.isEmpty() ? 0 : Arrays.stream(numbers.split("\\s+")).mapToLong(Long::parseLong).sum();
        return Long.toString(sum).getBytes(StandardCharsets.UTF_8);
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        return new ChildProcess(mainClass);
    }

    /** A thread has no process of its own: no process id names it. */
    public long pid() {
        return -1;
    }

    public List<byte[]> exchange(List<byte[]> messages) throws IOException {
        List<byte[]> replies = new ArrayList<>();
        for (byte[] message : messages) {
            Framing.write(toChild, message);
            replies.add(Framing.read(fromChild));
        }
        return replies;
    }

    public void terminate() throws InterruptedException {
        child.interrupt();
        child.join(1_000);
    }

    @Override
    public void close() throws IOException {
        toChild.close();
    }
}
