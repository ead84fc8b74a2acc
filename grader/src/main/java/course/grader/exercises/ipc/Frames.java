package course.grader.exercises.ipc;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * The grader's own frames — a 4-byte big-endian length, then the bytes — for the child programs
 * the grader ships and for the grader's own runs of a student's child: they never depend on the
 * student's {@code Framing}, which some checks judge.
 */
final class Frames {

    private Frames() {
    }

    static void write(OutputStream out, byte[] message) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(message.length);
        data.write(message);
        data.flush();
    }

    /** The next frame, or null at a clean end of the stream. */
    static byte[] read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(Integer.BYTES);
        if (header.length == 0) {
            return null;
        }
        if (header.length < Integer.BYTES) {
            throw new EOFException("the stream ended inside a frame header");
        }
        int length = ByteBuffer.wrap(header).getInt();
        byte[] message = in.readNBytes(length);
        if (message.length < length) {
            throw new EOFException("the stream ended inside a frame of " + length + " bytes");
        }
        return message;
    }
}
