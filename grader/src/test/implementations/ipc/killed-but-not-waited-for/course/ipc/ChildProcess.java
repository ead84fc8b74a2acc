package course.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reference solution: a reader thread collects replies while the caller writes. */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final OutputStream toChild;
    private final InputStream fromChild;

    private ChildProcess(Process process) {
        this.process = process;
        this.toChild = new BufferedOutputStream(process.getOutputStream());
        this.fromChild = new BufferedInputStream(process.getInputStream());
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        return new ChildProcess(JavaLauncher.javaProcess(mainClass)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    public long pid() {
        return process.pid();
    }

    public List<byte[]> exchange(List<byte[]> messages) throws IOException, InterruptedException {
        List<byte[]> replies = new ArrayList<>(messages.size());
        IOException[] readFailure = new IOException[1];
        Thread reader = Thread.ofPlatform().name("reply-reader").start(() -> {
            try {
                for (int index = 0; index < messages.size(); index++) {
                    byte[] reply = Framing.read(fromChild);
                    if (reply == null) {
                        throw new IOException("the child ended after " + index + " replies");
                    }
                    replies.add(reply);
                }
            } catch (IOException e) {
                readFailure[0] = e;
            }
        });
        for (byte[] message : messages) {
            Framing.write(toChild, message);
        }
        reader.join();
        if (readFailure[0] != null) {
            throw readFailure[0];
        }
        return replies;
    }

    public void terminate() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL cannot be ignored: the child is gone
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            toChild.close();
        } catch (IOException childClosedItsEnd) {
            // it cannot be told its input ended; it is ended below all the same
        }
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
