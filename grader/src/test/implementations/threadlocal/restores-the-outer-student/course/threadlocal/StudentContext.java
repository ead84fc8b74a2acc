package course.threadlocal;

import java.util.concurrent.Callable;

/** A correct alternative: nested callAs restores the outer student; the outermost removes the value. */
public final class StudentContext {

    private static final ThreadLocal<String> SERVING = ThreadLocal.withInitial(() -> null);

    private StudentContext() {
    }

    public static String current() {
        return SERVING.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        String outer = SERVING.get();
        SERVING.set(student);
        try {
            return task.call();
        } finally {
            if (outer == null) {
                SERVING.remove();
            } else {
                SERVING.set(outer);
            }
        }
    }
}
