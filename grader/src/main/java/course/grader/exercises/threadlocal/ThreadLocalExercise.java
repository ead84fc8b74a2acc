package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;

/** {@code threadlocal}: per-thread context down a call chain, cleared around each task. */
public final class ThreadLocalExercise implements Exercise {

    @Override
    public String id() {
        return "threadlocal";
    }

    @Override
    public String title() {
        return "Per-thread context with ThreadLocal";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(UsesAThreadLocal.class, EachThreadSeesItsOwn.class, NothingLeftOnAPool.class,
                ClearedWhenTheTaskThrows.class, NestedCallRestoresTheOuterStudent.class,
                NoStudentForAThreadItStarts.class, EveryScheduleSeesItsOwn.class, NothingKeptOnTheThread.class,
                OneStudentOnTwoThreads.class);
    }
}
