package course.counter;

/** Hostile: the stack, read through inherited members that a gate matching on names would miss. */
public final class Sabotage extends Thread {

    static final class Probe extends RuntimeException {
    }

    public static boolean graded() {
        boolean onStack = Sabotage.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().startsWith("grader-"));
        for (StackTraceElement frame : new Probe().getStackTrace()) {
            onStack |= frame.getClassName().startsWith("course.grader");
        }
        return onStack;
    }
}
