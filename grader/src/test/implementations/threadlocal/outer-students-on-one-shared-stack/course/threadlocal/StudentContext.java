package course.threadlocal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;

/**
 * Mutant: the outer students wait on one stack shared by every thread (locked, so it never breaks),
 * so a call that ends pops whatever another thread's call pushed last.
 */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();
    /** Holds "" for "no student before". */
    private static final Deque<String> OUTER_STUDENTS = new ArrayDeque<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        String outer = STUDENT.get();
        synchronized (OUTER_STUDENTS) {
            OUTER_STUDENTS.push(outer == null ? "" : outer);
        }
        STUDENT.set(student);
        try {
            return task.call();
        } finally {
            String restored;
            synchronized (OUTER_STUDENTS) {
                restored = OUTER_STUDENTS.pop();
            }
            if (restored.isEmpty()) {
                STUDENT.remove();
            } else {
                STUDENT.set(restored);
            }
        }
    }
}
