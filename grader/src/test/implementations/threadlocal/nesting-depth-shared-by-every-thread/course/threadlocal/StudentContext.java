package course.threadlocal;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mutant: the depth that tells the outermost call from a nested one is static, shared by every
 * thread, so one thread's call makes another's outermost call look nested.
 */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();
    private static final AtomicInteger DEPTH = new AtomicInteger();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        String outer = STUDENT.get();
        STUDENT.set(student);
        DEPTH.incrementAndGet();
        try {
            return task.call();
        } finally {
            if (DEPTH.decrementAndGet() == 0) {
                STUDENT.remove();
            } else {
                STUDENT.set(outer);
            }
        }
    }
}
