package course.threadlocal;

import java.util.concurrent.Callable;

/** Mutant: cleaned up on return and on Exception, not on Error. */
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
        T result;
        try {
            result = task.call();
        } catch (Exception failed) {
            restore(outer);
            throw failed;
        }
        restore(outer);
        return result;
    }

    private static void restore(String outer) {
        if (outer == null) {
            STUDENT.remove();
        } else {
            STUDENT.set(outer);
        }
    }
}
