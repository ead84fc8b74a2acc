package course.ipc;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Correct alternative: the reference child, on its raw standard streams (FileDescriptor.in and out): counts frames in its own copy of a static field. */
public final class CounterChild {

    public static int counter;

    private CounterChild() {
    }

    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        for (byte[] frame = Framing.read(in); frame != null; frame = Framing.read(in)) {
            counter++;
            Framing.write(out, Integer.toString(counter).getBytes(StandardCharsets.UTF_8));
        }
    }
}
