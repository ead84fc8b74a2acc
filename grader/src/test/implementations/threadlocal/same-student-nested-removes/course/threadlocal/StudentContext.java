package course.threadlocal;

import java.util.concurrent.Callable;

/**
 * Mutant: a nested call for the student already current takes itself for the outermost and
 * removes the value in finally, so the outer task, still serving that student, is left with none.
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
        } finally {
            if (outer == null || outer.equals(student)) {
                STUDENT.remove();
            } else {
                STUDENT.set(outer);
            }
        }
    }
}
