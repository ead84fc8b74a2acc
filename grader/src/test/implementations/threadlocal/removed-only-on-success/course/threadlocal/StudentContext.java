package course.threadlocal;

import java.util.concurrent.Callable;

/** Mutant: removed after the task returns, not when it throws. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        STUDENT.set(student);
        T result = task.call();
        STUDENT.remove();
        return result;
    }
}
