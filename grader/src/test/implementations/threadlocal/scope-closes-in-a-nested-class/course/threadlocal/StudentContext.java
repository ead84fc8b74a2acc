package course.threadlocal;

import java.util.concurrent.Callable;

/** A correct alternative: try-with-resources on a nested Scope whose close() removes the value. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        try (Scope ignored = new Scope(student)) {
            return task.call();
        }
    }

    /** The student of one callAs, from its start to its close. */
    private static final class Scope implements AutoCloseable {

        private final String outer = STUDENT.get();

        Scope(String student) {
            STUDENT.set(student);
        }

        @Override
        public void close() {
            if (outer == null) {
                STUDENT.remove();
            } else {
                STUDENT.set(outer);
            }
        }
    }
}
