package course.grader.child;

import course.grader.protocol.CheckEvent;
import course.grader.protocol.ProtocolJson;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes events to the process's real standard output, each line tagged with the nonce the
 * supervisor sent on standard input. {@code System.out} itself is captured, so printing cannot
 * produce a tagged line.
 */
final class ResultChannel {

    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    private final String nonce;

    ResultChannel(String nonce) {
        this.nonce = nonce;
    }

    synchronized void send(CheckEvent event) {
        // A leading newline ends any partial line the student's code wrote to the raw descriptor.
        out.print("\n" + nonce + " " + ProtocolJson.write(event) + "\n");
        out.flush();
    }
}
