package course.grader.exercises.threadlocal;

import static course.grader.harness.Interleavings.call;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.InterleavingAgent;
import course.grader.harness.Interleavings;
import java.util.List;

/**
 * A model checker runs two threads, each serving a student and asking for the current student
 * twice inside the task, under every schedule it reaches: every read names the thread's own
 * student. A race on state the threads share (a cache of current()'s answer in static fields) is
 * rare in a stress test, whose threads seldom stop between two writes; here the schedule that
 * stops there is tried.
 */
@CheckInfo(id = "every-schedule-sees-its-own", kind = CheckKind.INTERLEAVING, points = 1,
        title = "under every schedule, each thread reads only the student it serves",
        timeLimitSeconds = 60, javaAgents = InterleavingAgent.class)
public final class EveryScheduleSeesItsOwn implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Interleavings.of(StudentOperations.class, StudentSpecification.class)
                .scenario(List.of(), List.of(call("serve", "ann")), List.of(call("serve", "bob")),
                        List.of(call("current")))
                .require(context, "in the steps above a thread read the student another thread serves: current()"
                                + " answers from state the threads share (a static field, a cache of the last answer)"
                                + " that another thread wrote between this thread's writes and reads",
                        "ThreadLocal: current() is get() on it and nothing more; a value every thread reads and"
                                + " writes is shared, however it is named");
    }
}
