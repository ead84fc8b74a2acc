package course.ipc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Mutant: newline-terminated messages. */
public final class Framing {

    private Framing() {
    }

    public static void write(OutputStream out, byte[] message) throws IOException {
        out.write(message);
        out.write('\n');
        out.flush();
    }

    public static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toByteArray();
            }
            line.write(b);
        }
        return line.toByteArray();
    }
}
