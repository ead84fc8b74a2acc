package course.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Mutant: the writer's failure is swallowed; the replies end where the child's output does. */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final OutputStream in;
    private final InputStream out;

    private ChildProcess(Process process) {
        this.process = process;
        this.in = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
        this.out = new BufferedInputStream(process.getInputStream(), 1 << 16);
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        ProcessBuilder builder = JavaLauncher.javaProcess(mainClass);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ChildProcess(builder.start());
    }

    public long pid() {
        return process.toHandle().pid();
    }

    public List<byte[]> exchange(List<byte[]> messages) throws IOException, InterruptedException {
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                for (byte[] message : messages) {
                    Framing.write(in, message);
                }
            } catch (IOException childGone) {
                // the replies will tell
            }
        });
        List<byte[]> replies = new ArrayList<>();
        while (replies.size() < messages.size()) {
            byte[] reply = Framing.read(out);
            if (reply == null) {
                break;
            }
            replies.add(reply);
        }
        writer.join();
        return replies;
    }

    public void terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        in.close();
        try {
            process.onExit().get(2, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException slow) {
            process.destroyForcibly().waitFor();
        }
    }
}
