package course.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A correct alternative: a drainer thread keeps the child's last log lines; ending escalates from polite to forcible. */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final OutputStream toChild;
    private final InputStream fromChild;
    private final Deque<String> lastLogLines = new ArrayDeque<>();

    private ChildProcess(Process process) {
        this.process = process;
        this.toChild = new BufferedOutputStream(process.getOutputStream());
        this.fromChild = new BufferedInputStream(process.getInputStream());
        Thread.ofPlatform().daemon().name("stderr-drainer").start(this::drainErrors);
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        return new ChildProcess(JavaLauncher.javaProcess(mainClass).start());
    }

    private void drainErrors() {
        try (BufferedReader errors = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = errors.readLine(); line != null; line = errors.readLine()) {
                synchronized (lastLogLines) {
                    lastLogLines.addLast(line);
                    if (lastLogLines.size() > 20) {
                        lastLogLines.removeFirst();
                    }
                }
            }
        } catch (IOException ended) {
            // the child is gone
        }
    }

    public long pid() {
        return process.pid();
    }

    public List<byte[]> exchange(List<byte[]> messages) throws IOException, InterruptedException {
        List<byte[]> replies = new ArrayList<>(messages.size());
        Thread reader = Thread.ofPlatform().name("reply-reader").start(() -> {
            try {
                while (replies.size() < messages.size()) {
                    byte[] reply = Framing.read(fromChild);
                    if (reply == null) {
                        return;
                    }
                    replies.add(reply);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (byte[] message : messages) {
            Framing.write(toChild, message);
        }
        reader.join();
        if (replies.size() < messages.size()) {
            synchronized (lastLogLines) {
                throw new IOException("the child ended after " + replies.size() + " replies; its log: " + lastLogLines);
            }
        }
        return replies;
    }

    public void terminate() throws InterruptedException {
        end(500);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            toChild.close();
        } catch (IOException brokenPipe) {
            // the child closed its end first: end it below regardless
        }
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            end(1_000);
        }
    }

    private void end(long graceMillis) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(graceMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
        }
        process.waitFor();
    }
}
