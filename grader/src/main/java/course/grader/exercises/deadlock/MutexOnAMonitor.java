package course.grader.exercises.deadlock;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

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
        return classes().that().haveFullyQualifiedName("course.deadlock.ReentrantMutex").should(new ArchCondition<>(
                "wait on its monitor and use nothing from java.util.concurrent") {
            @Override
            public void check(JavaClass mutex, ConditionEvents events) {
                mutex.getAccessesFromSelf().stream()
                        .filter(access -> access.getTargetOwner().getPackageName().startsWith("java.util.concurrent"))
                        .findFirst()
                        .ifPresent(access -> events.add(SimpleConditionEvent.violated(mutex, "ReentrantMutex uses "
                                + access.getTargetOwner().getSimpleName() + " at line " + access.getLineNumber())));
                boolean waits = mutex.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getName().equals("wait") && call.getTargetOwner().isEquivalentTo(Object.class));
                if (!waits) {
                    events.add(SimpleConditionEvent.violated(mutex, "ReentrantMutex never calls wait()"));
                }
            }
        });
    }
}
