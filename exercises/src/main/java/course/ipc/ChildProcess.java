package course.ipc;

import java.io.IOException;
import java.util.List;

/**
 * A child JVM running one of the child programs, with a framed duplex pipe over its standard input
 * and output. Keep the public methods: the grader calls them.
 */
public final class ChildProcess implements AutoCloseable {

    // TODO: the Process.

    private ChildProcess() {
    }

    /** Starts {@code mainClass} in a new JVM (see {@link JavaLauncher}). */
    public static ChildProcess start(Class<?> mainClass) throws IOException {
        // TODO
        throw new UnsupportedOperationException("TODO: ChildProcess.start");
    }

    /** The child's process id. */
    public long pid() {
        // TODO
        throw new UnsupportedOperationException("TODO: ChildProcess.pid");
    }

    /**
     * Sends every message as a frame and returns the child's replies, one per message, in order.
     * Reads replies while it writes, so that neither side blocks on a full pipe.
     */
    public List<byte[]> exchange(List<byte[]> messages) throws IOException, InterruptedException {
        // TODO: a thread that reads messages.size() replies, while this thread writes; then join it.
        throw new UnsupportedOperationException("TODO: ChildProcess.exchange");
    }

    /** Ends the child now (destroy) and waits until it is gone. */
    public void terminate() throws InterruptedException {
        // TODO
        throw new UnsupportedOperationException("TODO: ChildProcess.terminate");
    }

    /** Closes the child's input, gives it 2 s to end, destroys it if it has not, and waits until it is gone. */
    @Override
    public void close() throws IOException, InterruptedException {
        // TODO
        throw new UnsupportedOperationException("TODO: ChildProcess.close");
    }
}
