package course.grader.exercises.pool;

import com.tngtech.archunit.lang.ArchRule;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Architecture;
import course.grader.harness.LiveCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The pool is built, not borrowed: it starts threads and uses no executor of the JDK's. */
@CheckInfo(id = "built-from-threads", kind = CheckKind.ARCHITECTURE, points = 1, requires = "never-more-than-n-at-once",
        title = "WorkerPool starts its own threads and uses no ExecutorService, Executors or ForkJoinPool")
public final class BuiltFromThreads implements CheckBody {

    private static final Set<String> BORROWED = Set.of("java.util.concurrent.Executors",
            "java.util.concurrent.ExecutorService", "java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool");

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Architecture.require(context, "course.pool", BuiltFromThreads::rule, violations ->
                Feedback.expected("a pool built from threads and a queue")
                        .observed(violations)
                        .cause("the work is handed to the JDK's own pool, which is what this exercise builds")
                        .revisit("worker threads looping on BlockingQueue.take()"));
    }

    private static ArchRule rule(LiveCode live) {
        return Architecture.classRule("course.pool.WorkerPool", "start threads of its own and borrow no executor", pool -> {
            List<String> violations = new ArrayList<>();
            pool.getAccessesFromSelf().stream()
                    .filter(access -> BORROWED.contains(access.getTargetOwner().getName())
                            || access.getTargetOwner().getName().equals("java.util.concurrent.CompletableFuture")
                            && access.getName().endsWith("Async"))
                    .forEach(access -> violations.add("WorkerPool uses " + access.getTargetOwner().getSimpleName() + "."
                            + access.getName() + " at line " + access.getLineNumber()));
            boolean startsThreads = live.accessesFrom(pool)
                    .anyMatch(access -> access.getTargetOwner().isAssignableTo(Thread.class)
                            || access.getTargetOwner().getName().startsWith("java.lang.Thread$Builder"));
            if (!startsThreads) {
                violations.add("WorkerPool creates no Thread");
            }
            return violations;
        });
    }
}
