package course.ipc;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Mutant: an empty request crashes the child. */
public final class EvalChild {

    private EvalChild() {
    }

    public static void main(String[] args) throws Exception {
        InputStream in = new BufferedInputStream(System.in);
        for (byte[] request = Framing.read(in); request != null; request = Framing.read(in)) {
            String numbers = new String(request, StandardCharsets.UTF_8).strip();
            long sum = Arrays.stream(numbers.split("\\s+")).mapToLong(Long::parseLong).sum();
            Framing.write(System.out, Long.toString(sum).getBytes(StandardCharsets.UTF_8));
        }
    }
}
