package course.threadlocal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Mutant: each thread keeps a list of the students of its calls, outermost first, and a call that
 * ends removes its student by name: List.remove(Object) takes out the first occurrence, so with
 * the same student at two levels the outermost entry goes instead of the innermost.
 */
public final class StudentContext {

    private static final ThreadLocal<List<String>> STUDENTS = ThreadLocal.withInitial(ArrayList::new);

    private StudentContext() {
    }

    public static String current() {
        List<String> students = STUDENTS.get();
        return students.isEmpty() ? null : students.getLast();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        List<String> students = STUDENTS.get();
        students.add(student);
        try {
            return task.call();
        } finally {
            students.remove(student);
            if (students.isEmpty()) {
                STUDENTS.remove();
            }
        }
    }
}
