package course.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** Reference solution: echoes every frame. */
public final class EchoChild {

    private EchoChild() {
    }

    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(System.in);
        OutputStream out = new BufferedOutputStream(System.out);
        for (byte[] message = Framing.read(in); message != null; message = Framing.read(in)) {
            Framing.write(out, message);
        }
    }
}
