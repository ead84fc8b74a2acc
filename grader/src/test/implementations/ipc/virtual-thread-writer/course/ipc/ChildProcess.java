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

/** A correct alternative: the writing side moves to a virtual thread; the caller reads. */
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
        IOException[] writeFailure = new IOException[1];
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                for (byte[] message : messages) {
                    Framing.write(in, message);
                }
            } catch (IOException e) {
                writeFailure[0] = e;
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
        if (writeFailure[0] != null) {
            throw writeFailure[0];
        }
        if (replies.size() < messages.size()) {
            throw new IOException("the child's output ended after " + replies.size() + " replies");
        }
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
        try {
            in.close();
        } catch (IOException brokenPipe) {
            // the child closed its end first: end it below regardless
        }
        try {
            process.onExit().get(2, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException slow) {
            process.destroyForcibly().waitFor();
        }
    }
}
