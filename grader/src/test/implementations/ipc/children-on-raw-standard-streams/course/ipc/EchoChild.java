package course.ipc;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/** Correct alternative: the reference child, on its raw standard streams (FileDescriptor.in and out): echoes every frame. */
public final class EchoChild {

    private EchoChild() {
    }

    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out));
        for (byte[] message = Framing.read(in); message != null; message = Framing.read(in)) {
            Framing.write(out, message);
        }
    }
}
