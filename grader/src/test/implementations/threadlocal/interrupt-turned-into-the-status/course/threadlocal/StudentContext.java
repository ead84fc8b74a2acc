package course.threadlocal;

import java.util.concurrent.Callable;

/** Wrong: an InterruptedException from the task becomes the interrupt status, and callAs returns null. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        String outer = STUDENT.get();
        STUDENT.set(student);
        try {
            return task.call();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt(); // keep the interrupt for the caller
            return null;
        } finally {
            if (outer == null) {
                STUDENT.remove();
            } else {
                STUDENT.set(outer);
            }
        }
    }
}
