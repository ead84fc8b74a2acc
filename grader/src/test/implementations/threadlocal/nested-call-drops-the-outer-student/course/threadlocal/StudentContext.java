package course.threadlocal;

import java.util.concurrent.Callable;

/** Mutant: remove() in finally at every level, so a nested call leaves the outer task with no student. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        STUDENT.set(student);
        try {
            return task.call();
        } finally {
            STUDENT.remove();
        }
    }
}
