package course.ipc;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Correct alternative: the reference child, on its raw standard streams (FileDescriptor.in and out): replies with the sum of the numbers in each frame. */
public final class EvalChild {

    private EvalChild() {
    }

    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        for (byte[] request = Framing.read(in); request != null; request = Framing.read(in)) {
            String numbers = new String(request, StandardCharsets.UTF_8).strip();
            long sum = numbers.isEmpty() ? 0 : Arrays.stream(numbers.split("\\s+")).mapToLong(Long::parseLong).sum();
            Framing.write(out, Long.toString(sum).getBytes(StandardCharsets.UTF_8));
        }
    }
}
