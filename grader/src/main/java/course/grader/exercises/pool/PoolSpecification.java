package course.grader.exercises.pool;

import java.util.concurrent.RejectedExecutionException;

/**
 * The pool of {@link PoolOperations} as the lesson states it, one call at a time: a submit before
 * close() is accepted, and its task has run when join() returns; a submit after close() is refused
 * with a RejectedExecutionException, and its task never runs.
 */
public final class PoolSpecification {

    private boolean closed;
    private int accepted;

    public void newPool() {
    }

    public void submit() {
        if (closed) {
            throw new RejectedExecutionException("the pool is closed");
        }
        accepted++;
    }

    public int closeAndJoin() {
        closed = true;
        return accepted;
    }
}
