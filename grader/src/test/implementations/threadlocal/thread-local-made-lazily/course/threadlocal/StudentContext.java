package course.threadlocal;

import java.util.concurrent.Callable;

/**
 * Mutant: the ThreadLocal is made lazily on first use in a plain static field: two threads that
 * start at once can each make one, and one loses the student it set.
 */
public final class StudentContext {

    private static ThreadLocal<String> student;

    private StudentContext() {
    }

    private static ThreadLocal<String> student() {
        if (student == null) {
            student = new ThreadLocal<>();
        }
        return student;
    }

    public static String current() {
        return student().get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        String outer = student().get();
        student().set(student);
        try {
            return task.call();
        } finally {
            if (outer == null) {
                student().remove();
            } else {
                student().set(outer);
            }
        }
    }
}
