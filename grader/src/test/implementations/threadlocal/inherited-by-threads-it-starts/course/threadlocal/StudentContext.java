package course.threadlocal;

import java.util.concurrent.Callable;

/**
 * Mutant: An InheritableThreadLocal: every thread started inside a task inherits its student, and
 * a pool thread created there serves that student for ever.
 */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new InheritableThreadLocal<>();

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
        } finally {
            if (outer == null) {
                STUDENT.remove();
            } else {
                STUDENT.set(outer);
            }
        }
    }
}
