package course.grader.exercises.ipc;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child program that ends by itself when its input does, and leaves a note that it did: a file
 * in its working folder, which is the checking JVM's. A child ended from outside (destroyed, or
 * halted when its lifetime is up) leaves none. Started by the student's {@code ChildProcess}.
 */
public final class PoliteChild {

    private PoliteChild() {
    }

    public static void main(String[] args) throws Exception {
        GraderChild.limitLifetime();
        GraderChild.echoUntilEnd();
        noteTheEnd();
    }

    /** Leaves the note that this child ended by itself: the last thing a polite child does. */
    static void noteTheEnd() throws Exception {
        Files.writeString(noteOf(ProcessHandle.current().pid()), "ended at the end of its input");
    }

    /** Where the child of process id {@code pid} notes that it ended by itself. */
    static Path noteOf(long pid) {
        return Path.of("polite-child-" + pid + ".ended");
    }
}
