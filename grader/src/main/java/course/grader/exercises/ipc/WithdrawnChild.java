package course.grader.exercises.ipc;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child program that closes its own standard input and output as soon as it starts, notes that
 * it did (a file in its working folder, the checking JVM's), and keeps running: it reads and
 * answers nothing, and does not end by itself. A destroy() ends it. A parent that writes to it
 * meets a broken pipe, and a buffered stream then keeps the bytes it could not write, so that
 * closing that stream fails too. Started by the student's {@code ChildProcess}.
 */
public final class WithdrawnChild {

    private WithdrawnChild() {
    }

    public static void main(String[] args) throws Exception {
        GraderChild.limitLifetime();
        GraderChild.slowToEnd();
        System.in.close();
        System.out.close();
        Files.writeString(noteOf(ProcessHandle.current().pid()), "closed its input and output");
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Where the child of process id {@code pid} notes that it has closed its input and output. */
    static Path noteOf(long pid) {
        return Path.of("withdrawn-child-" + pid + ".closed");
    }
}
