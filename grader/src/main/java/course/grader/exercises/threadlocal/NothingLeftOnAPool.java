package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import course.threadlocal.StudentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A pool's long-lived thread runs tasks in turn: one serves a student, the next serves nobody, and
 * so on. Every task that serves nobody follows one that served a student on the same thread, and
 * must find no student there.
 */
@CheckInfo(id = "nothing-left-on-a-pool", kind = CheckKind.STRESS, points = 3, requires = "each-thread-sees-its-own",
        title = "On a pool of reused threads no task sees a student left by an earlier task")
public final class NothingLeftOnAPool implements CheckBody {

    private static final int TASKS = 400;

    @Override
    public void run(CheckContext context) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor(runnable -> ThreadRoles.newThread(runnable, "pool-thread"));
        try {
            List<Future<String>> leftovers = new ArrayList<>();
            for (int task = 0; task < TASKS; task++) {
                String student = "student-" + task;
                leftovers.add(pool.submit(task % 2 == 0
                        ? () -> StudentContext.callAs(student, Neutral.callable(() -> null))
                        : StudentContext::current));
            }
            for (int task = 0; task < TASKS; task++) {
                String seen = leftovers.get(task).get(10, TimeUnit.SECONDS);
                if (seen != null) {
                    throw new CheckFailure(Feedback.expected("task " + task + ", which serves no student, to see none")
                            .observed("it saw '" + seen + "', left on its pool thread by an earlier task")
                            .cause("the value is set for a task but not removed when the task ends; pool threads live"
                                    + " on, and so does the value")
                            .revisit("ThreadLocal.remove() in a finally block around every task"));
                }
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
