package course.ipc;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Mutant: one read() per frame body. */
public final class Framing {

    private Framing() {
    }

    public static void write(OutputStream out, byte[] message) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(message.length);
        data.write(message);
        data.flush();
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
        data.read(message);
        return message;
    }
}
