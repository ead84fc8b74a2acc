package course.threadlocal;

import java.util.concurrent.Callable;

/** Reference solution: a ThreadLocal, set around the task; finally puts back the outer student, or removes. */
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
