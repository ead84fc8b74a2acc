package course.grader.exercises.ipc;

/**
 * A child program that does not want to end: it echoes frames, keeps running when its input ends,
 * and ignores a request to end ({@code destroy()}, a SIGTERM) because its shutdown hook never
 * returns. Only {@code destroyForcibly()} ends it. Started by the student's {@code ChildProcess}.
 */
public final class StubbornChild {

    private StubbornChild() {
    }

    public static void main(String[] args) throws Exception {
        GraderChild.limitLifetime();
        GraderChild.slowToEnd();
        Runtime.getRuntime().addShutdownHook(new Thread(StubbornChild::runOn));
        GraderChild.echoUntilEnd();
        runOn();
    }

    private static void runOn() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException ignored) {
                // stubborn
            }
        }
    }
}
