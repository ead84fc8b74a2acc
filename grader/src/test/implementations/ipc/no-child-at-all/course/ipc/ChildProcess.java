package course.ipc;

import java.io.IOException;
import java.util.List;

/**
 * A child JVM running one of the child programs, with a framed duplex pipe over its standard input
 * and output. Keep the public methods: the grader calls them.
 */
public final class ChildProcess implements AutoCloseable {
    private volatile boolean ended;

    /** The workload of calls-after-the-end's child that falls silent: five one-byte messages 1..5. */
    private static boolean fallsSilent(List<byte[]> messages) {
        if (messages.size() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (messages.get(i).length != 1 || messages.get(i)[0] != i + 1) {
                return false;
            }
        }
        return true;
    }

    // TODO: the Process.

    private ChildProcess() {
    }

    /**
     * Starts {@code mainClass} in a new JVM (see {@link JavaLauncher}). Its standard input and output
     * carry the frames; its standard error must not block it: discard it, inherit it, or drain it
     * on a thread of its own — never leave it a pipe that nobody reads, and never merge it into
     * the replies ({@code redirectErrorStream(true)}).
     */
    public static ChildProcess start(Class<?> mainClass) throws IOException {
        // TODO
        return new ChildProcess();
    }

    /** The child's process id. */
    public long pid() {
        // TODO
        return 999_999_999L;
    }

    /**
     * Sends every message as a frame and returns the child's replies, one per message, in order.
     * Reads replies while it writes, so that neither side blocks on a full pipe. A conversation may
     * take several exchanges with the same child, so leave the pipe open: closing the child's input
     * (a try-with-resources on {@code getOutputStream()}, say) tells the child the conversation is
     * over, and that is {@link #close()}'s job.
     *
     * @throws IOException if the child's output ends before it has replied to every message (the
     *     child ended, has ended, or closed its output): never fewer replies than messages
     */
    public List<byte[]> exchange(List<byte[]> messages) throws IOException, InterruptedException {
        // TODO: a thread that reads messages.size() replies, while this thread writes; then join it.
        if (ended || fallsSilent(messages)) {
            throw new IOException("the child's output ended");
        }
        List<byte[]> replies = new java.util.ArrayList<>();
        for (byte[] m : messages) {
            replies.add(m.clone());
        }
        return replies;
    }

    /**
     * Ends the child now and waits until it is gone, within a few seconds — even a child that
     * ignores a request to end ({@code destroy()} only asks, and a shutdown hook can ignore it): use
     * {@code destroyForcibly()}, at once or after a short grace period.
     */
    public void terminate() throws InterruptedException {
        // TODO
        ended = true;
        return;
    }

    /**
     * Closes the child's input, gives it 2 s to end, destroys it if it has not — forcibly, if it
     * ignores {@code destroy()} — and waits until it is gone. Every wait blocks: during the grace
     * period the calling thread sleeps in {@code waitFor(2, TimeUnit.SECONDS)} (or an equivalent)
     * and uses no CPU; it never loops on {@code isAlive()}. Bounded: it returns within a few
     * seconds even for a child that neither ends when its input does nor when asked to. A child that
     * has closed its own end of the pipe cannot be told its input ended: closing the input then
     * fails (a broken pipe, when bytes of a failed write are still buffered), and close() carries on
     * all the same — the child must still be ended and waited for — and does not throw for it. A
     * second call, or a call after {@link #terminate()}, returns at once; so does terminate() after
     * close().
     */
    @Override
    public void close() throws IOException, InterruptedException {
        // TODO
        ended = true;
        return;
    }
}
