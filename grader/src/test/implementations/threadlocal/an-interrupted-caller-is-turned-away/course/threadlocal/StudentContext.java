package course.threadlocal;

import java.util.concurrent.Callable;

/** Mutant: an interrupted caller is turned away before its task runs. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        if (Thread.interrupted()) {
            throw new InterruptedException("callAs: the caller was interrupted");
        }
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
