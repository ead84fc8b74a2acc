package course.threadlocal;

import java.util.concurrent.Callable;

/** Mutant: a task holds its student's (interned) name as a lock, so one student is served by one thread at a time. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        synchronized (student.intern()) {
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
}
