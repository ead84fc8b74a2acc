package course.threadlocal;

import java.util.concurrent.Callable;

/** Wrong: the empty name stands for "no student", so callAs("", task) serves nobody. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        String student = STUDENT.get();
        return student == null || student.isEmpty() ? null : student;
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
