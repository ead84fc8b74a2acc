package course.grader.exercises.deadlock;

import com.tngtech.archunit.lang.ArchRule;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Architecture;
import java.util.ArrayList;
import java.util.List;

/** The mutex is built on a plain monitor: it waits with {@code wait()} and uses nothing from java.util.concurrent. */
@CheckInfo(id = "mutex-on-a-monitor", kind = CheckKind.ARCHITECTURE, points = 1,
        title = "ReentrantMutex waits on a monitor and uses nothing from java.util.concurrent")
public final class MutexOnAMonitor implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Architecture.require(context, "course.deadlock", rule(), violations ->
                Feedback.expected("ReentrantMutex built from synchronized, wait() and notifyAll()")
                        .observed(violations)
                        .cause("the mutex borrows a ready-made lock, or spins instead of waiting")
                        .revisit("monitors: a waiting thread calls wait() in a loop; the releasing thread calls notifyAll()"));
    }

    private static ArchRule rule() {
        return Architecture.classRule("course.deadlock.ReentrantMutex", "wait on its monitor and use nothing from"
                + " java.util.concurrent", mutex -> {
            List<String> violations = new ArrayList<>();
            mutex.getAccessesFromSelf().stream()
                    .filter(access -> access.getTargetOwner().getPackageName().startsWith("java.util.concurrent"))
                    .findFirst()
                    .ifPresent(access -> violations.add("ReentrantMutex uses " + access.getTargetOwner().getSimpleName()
                            + " at line " + access.getLineNumber()));
            boolean waits = mutex.getMethodCallsFromSelf().stream()
                    .anyMatch(call -> call.getName().equals("wait") && call.getTargetOwner().isEquivalentTo(Object.class));
            if (!waits) {
                violations.add("ReentrantMutex never calls wait()");
            }
            return violations;
        });
    }
}
