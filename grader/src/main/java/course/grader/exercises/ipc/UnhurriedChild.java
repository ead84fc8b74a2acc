package course.grader.exercises.ipc;

import java.time.Duration;

/**
 * A polite child that takes its time: when its input ends it spends {@link #CLEAN_UP} finishing
 * its work (flushing a file, say), then leaves the note that it ended by itself and exits with
 * code 0. A close() that destroys it before that, within the 2 s of grace the lesson gives, loses
 * the work. Started by the student's {@code ChildProcess}.
 */
public final class UnhurriedChild {

    /**
     * Half the 2 s of grace: a grace cut short (2 ms for 2 s, a slip of units) ends the child
     * before it is done; the other half is the margin for a loaded machine's late wake-ups.
     */
    static final Duration CLEAN_UP = Duration.ofSeconds(1);

    private UnhurriedChild() {
    }

    public static void main(String[] args) throws Exception {
        GraderChild.limitLifetime();
        GraderChild.echoUntilEnd();
        Thread.sleep(CLEAN_UP);
        PoliteChild.noteTheEnd();
    }
}
