package course.threadlocal;

import java.util.concurrent.Callable;

/**
 * Mutant: the nesting depth is kept in a second ThreadLocal that is never removed. The student is
 * handled right, but every thread that ever served one keeps the depth's entry for ever.
 */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        String outer = STUDENT.get();
        int[] depth = DEPTH.get();
        depth[0]++;
        STUDENT.set(student);
        try {
            return task.call();
        } finally {
            if (--depth[0] == 0) {
                STUDENT.remove();
            } else {
                STUDENT.set(outer);
            }
        }
    }
}
