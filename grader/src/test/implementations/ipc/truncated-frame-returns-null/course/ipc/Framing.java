package course.ipc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/** Mutant: the end of the stream is never an error. */
public final class Framing {

    private Framing() {
    }

    public static void write(OutputStream out, byte[] message) throws IOException {
        out.write(ByteBuffer.allocate(Integer.BYTES).putInt(message.length).array());
        out.write(message);
        out.flush();
    }

    public static byte[] read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(Integer.BYTES);
        if (header.length < Integer.BYTES) {
            return null;
        }
        return in.readNBytes(ByteBuffer.wrap(header).getInt());
    }
}
