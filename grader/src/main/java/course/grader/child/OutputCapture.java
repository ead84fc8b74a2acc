package course.grader.child;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Takes over {@code System.out} and {@code System.err} so that whatever the student's code prints
 * is kept (the last few kilobytes) and shown with a failed check, never mistaken for a result.
 */
final class OutputCapture extends OutputStream {

    private static final int LIMIT = 4096;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    static OutputCapture install() {
        OutputCapture capture = new OutputCapture();
        PrintStream stream = new PrintStream(capture, true, StandardCharsets.UTF_8);
        System.setOut(stream);
        System.setErr(stream);
        return capture;
    }

    @Override
    public synchronized void write(int b) {
        buffer.write(b);
        trim();
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        buffer.write(bytes, offset, length);
        trim();
    }

    private void trim() {
        if (buffer.size() > 2 * LIMIT) {
            byte[] all = buffer.toByteArray();
            buffer.reset();
            buffer.write(all, all.length - LIMIT, LIMIT);
        }
    }

    /** What was printed since the last call, at most the last few kilobytes. */
    synchronized String take() {
        String text = buffer.toString(StandardCharsets.UTF_8);
        buffer.reset();
        return text.length() > LIMIT ? "…" + text.substring(text.length() - LIMIT) : text;
    }
}
