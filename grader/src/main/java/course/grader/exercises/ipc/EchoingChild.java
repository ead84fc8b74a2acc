package course.grader.exercises.ipc;

/**
 * The grader's own echo child: every frame back, until its input ends. Checks of the parent's side
 * use it rather than the student's {@code EchoChild}, so that a fault of theirs is not blamed on
 * their {@code ChildProcess}. Started by the student's {@code ChildProcess}.
 */
public final class EchoingChild {

    private EchoingChild() {
    }

    public static void main(String[] args) throws Exception {
        GraderChild.limitLifetime();
        GraderChild.echoUntilEnd();
    }
}
