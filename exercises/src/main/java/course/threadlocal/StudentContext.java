package course.threadlocal;

import java.util.concurrent.Callable;

/**
 * The student the current thread is serving: set around each task, read anywhere below it, and
 * never seen by another thread or by a later task on the same thread. A thread that a task starts
 * is another thread too: it serves no student (an {@code InheritableThreadLocal} would hand it the
 * task's, and a pool thread created that way would keep it for every task it ever runs).
 *
 * <p>Keep the public methods as they are: the grader calls them.
 */
public final class StudentContext {

    // TODO: one value per thread: a private static final ThreadLocal, made when the class loads.
    // Not lazily on first use ("if null, create"): two threads that start at once would each make
    // one, and one of them would lose the student it had just set.

    private StudentContext() {
    }

    /**
     * The student the calling thread is serving, or null when it serves none. Ask the thread's own
     * value every time: an answer kept anywhere the threads share (a static field, a cache of the
     * last answer) can be another thread's as soon as that thread writes it.
     */
    public static String current() {
        // TODO
        throw new UnsupportedOperationException("TODO: StudentContext.current");
    }

    /**
     * Runs {@code task} on the calling thread with {@code student} as the current student, and
     * leaves no student behind on the thread afterwards — whether the task returns or throws — nor
     * an entry of any ThreadLocal it used: {@code remove()} each when the outermost call ends
     * ({@code set(null)} keeps the entry, and a pool thread keeps it for its whole life).
     * Calls may nest: when a task calls {@code callAs} itself, the inner task serves the inner
     * student, and when it ends (returns or throws) the outer student is current again — also when
     * the inner student is the outer one. Only the outermost call, the one that found no student on
     * the thread, leaves the thread with no student. A caller whose interrupt status is set is
     * served like any other: callAs waits for nothing, so it neither acts on the status nor clears it.
     *
     * @return what the task returned
     * @throws Exception what the task threw, unchanged (an {@code Error} passes through as well)
     */
    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        // TODO: remember the outer student; set the value; run the task; in finally put the outer one back, or remove().
        throw new UnsupportedOperationException("TODO: StudentContext.callAs");
    }
}
