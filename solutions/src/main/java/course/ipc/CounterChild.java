package course.ipc;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reference solution: counts frames in its own copy of a static field. */
public final class CounterChild {

    public static int counter;

    private CounterChild() {
    }

    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(System.in);
        for (byte[] frame = Framing.read(in); frame != null; frame = Framing.read(in)) {
            counter++;
            Framing.write(System.out, Integer.toString(counter).getBytes(StandardCharsets.UTF_8));
        }
    }
}
