package course.ipc;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Mutant: the reference, but the length is built in one static buffer every writer shares. */
public final class Framing {

    private Framing() {
    }

    /** The length of the frame being written, big-endian: one buffer, reused, so no garbage per frame. */
    private static final byte[] HEADER = new byte[4];

    public static void write(OutputStream out, byte[] message) throws IOException {
        HEADER[0] = (byte) (message.length >>> 24);
        HEADER[1] = (byte) (message.length >>> 16);
        HEADER[2] = (byte) (message.length >>> 8);
        HEADER[3] = (byte) message.length;
        out.write(HEADER);
        out.write(message);
        out.flush();
    }

    public static byte[] read(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        DataInputStream data = new DataInputStream(in);
        int length = first << 24 | data.readUnsignedByte() << 16 | data.readUnsignedByte() << 8 | data.readUnsignedByte();
        if (length < 0) {
            throw new EOFException("corrupt frame length " + length);
        }
        byte[] message = new byte[length];
        data.readFully(message);
        return message;
    }
}
