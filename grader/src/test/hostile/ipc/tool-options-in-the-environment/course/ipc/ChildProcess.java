package course.ipc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile: a working ChildProcess (small messages only) whose children start with
 * {@code JAVA_TOOL_OPTIONS}: an agent of the student's loaded into every child, attach enabled.
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;

    private ChildProcess(Process process) {
        this.process = process;
    }

    public static ChildProcess start(Class<?> mainClass) throws IOException {
        ProcessBuilder builder = JavaLauncher.javaProcess(mainClass).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:+EnableDynamicAgentLoading -javaagent:/tmp/agent.jar");
        return new ChildProcess(builder.start());
    }

    public long pid() {
        return process.pid();
    }

    public List<byte[]> exchange(List<byte[]> messages) throws IOException {
        OutputStream toChild = process.getOutputStream();
        InputStream fromChild = process.getInputStream();
        List<byte[]> replies = new ArrayList<>();
        for (byte[] message : messages) {
            Framing.write(toChild, message);
            toChild.flush();
            replies.add(Framing.read(fromChild));
        }
        return replies;
    }

    public void terminate() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        terminate();
    }
}
