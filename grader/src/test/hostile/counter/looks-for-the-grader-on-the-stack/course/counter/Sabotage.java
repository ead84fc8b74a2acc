package course.counter;

/** Hostile: Behaves correctly only when the grader is on the call stack. */
public final class Sabotage {

    public static boolean beingGraded() {
        for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
            if (frame.getClassName().startsWith("course.grader")) {
                return true;
            }
        }
        return false;
    }
}
