package course.threadlocal;

import java.util.concurrent.Callable;

/**
 * Mutant: when the task throws InterruptedException, callAs restores the interrupt status before
 * passing the exception on, so the caller gets both: the exception and a status its next wait
 * fails on.
 */
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
            Thread.currentThread().interrupt(); // "never swallow an interrupt"
            throw interrupted;
        } finally {
            if (outer == null) {
                STUDENT.remove();
            } else {
                STUDENT.set(outer);
            }
        }
    }
}
