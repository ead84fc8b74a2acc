package course.threadlocal;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** Wrong: callAs runs the task on a new thread of its own and waits for it, not on the calling thread. */
public final class StudentContext {

    private static final ThreadLocal<String> STUDENT = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        return STUDENT.get();
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        // A thread of its own for every call: nothing of one call can linger on the caller's thread.
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread serving = new Thread(() -> {
            STUDENT.set(student);
            try {
                result.set(task.call());
            } catch (Throwable failure) {
                thrown.set(failure);
            } finally {
                STUDENT.remove();
            }
        });
        serving.start();
        serving.join();
        if (thrown.get() instanceof Exception exception) {
            throw exception;
        }
        if (thrown.get() instanceof Error error) {
            throw error;
        }
        return result.get();
    }
}
