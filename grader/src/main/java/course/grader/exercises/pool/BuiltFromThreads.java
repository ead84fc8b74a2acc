package course.grader.exercises.pool;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
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
import java.util.concurrent.ThreadFactory;

/** The pool is built, not borrowed: it starts threads and uses no executor or timer of the JDK's. */
@CheckInfo(id = "built-from-threads", kind = CheckKind.ARCHITECTURE, points = 1, requires = "never-more-than-n-at-once",
        title = "WorkerPool starts its own threads and uses no ExecutorService, Executors, ForkJoinPool or Timer")
public final class BuiltFromThreads implements CheckBody {

    /** The JDK's ready-made workers: executors, and the timer, a thread with a task queue of its own. */
    private static final Set<String> BORROWED = Set.of("java.util.concurrent.Executors",
            "java.util.concurrent.ExecutorService", "java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.ScheduledThreadPoolExecutor", "java.util.concurrent.ForkJoinPool", "java.util.Timer");

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
            live.withWhatItUses(pool).stream()
                    .flatMap(used -> used.getAccessesFromSelf().stream())
                    .filter(access -> BORROWED.contains(access.getTargetOwner().getName())
                            || access.getTargetOwner().getName().equals("java.util.concurrent.CompletableFuture")
                            && access.getName().endsWith("Async"))
                    .forEach(access -> violations.add(access.getOriginOwner().getSimpleName() + " uses "
                            + access.getTargetOwner().getSimpleName() + "." + access.getName() + " at line "
                            + access.getLineNumber()));
            if (live.accessesFromAllItUses(pool).noneMatch(BuiltFromThreads::makesAThread)) {
                violations.add("WorkerPool creates no Thread (new Thread(…), Thread.ofPlatform()…start(…) or a"
                        + " ThreadFactory)");
            }
            return violations;
        });
    }

    /** A new Thread (of any subclass), a thread builder's start or unstarted, or a ThreadFactory's newThread. */
    private static boolean makesAThread(JavaAccess<?> access) {
        JavaClass owner = access.getTargetOwner();
        String name = access.getName();
        return owner.isAssignableTo(Thread.class) && name.equals(JavaConstructor.CONSTRUCTOR_NAME)
                || owner.isAssignableTo(Thread.class) && name.equals("startVirtualThread")
                || owner.getName().startsWith("java.lang.Thread$Builder") && (name.equals("start") || name.equals("unstarted"))
                || owner.isAssignableTo(ThreadFactory.class) && name.equals("newThread");
    }
}
