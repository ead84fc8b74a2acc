package course.threadlocal;

import java.util.concurrent.Callable;

/** Wrong: the student to give back is kept in one per-thread slot, which a third level of nesting overwrites. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();
    private static final ThreadLocal<String> PREVIOUS = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        boolean outermost = STUDENT.get() == null;
        PREVIOUS.set(STUDENT.get());
        STUDENT.set(student);
        try {
            return task.call();
        } finally {
            if (outermost) {
                STUDENT.remove();
                PREVIOUS.remove();
            } else {
                STUDENT.set(PREVIOUS.get());
            }
        }
    }
}
