package course.ipc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Messages on a byte stream: each message is a frame of its length (4 bytes, big-endian) followed
 * by its bytes.
 */
public final class Framing {

    private Framing() {
    }

    /** Writes one frame and flushes it. */
    public static void write(OutputStream out, byte[] message) throws IOException {
        // TODO: the length as 4 bytes, then the bytes; then flush.
        throw new UnsupportedOperationException("TODO: Framing.write");
    }

    /**
     * Reads one frame.
     *
     * @return the message, or null if the stream ended before a new frame began
     * @throws java.io.EOFException if the stream ended in the middle of a frame
     */
    public static byte[] read(InputStream in) throws IOException {
        // TODO: read exactly 4 bytes of length (null at a clean end), then exactly that many bytes.
        throw new UnsupportedOperationException("TODO: Framing.read");
    }
}
