package course.grader.exercises.deadlock;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
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

/**
 * The mutex is built on a plain monitor, as its Javadoc asks: it waits in {@code wait()} without a
 * time-out, wakes waiters with {@code notifyAll()} (or {@code notify()}), never polls
 * ({@code Thread.sleep}, {@code yield}, {@code onSpinWait}) and uses nothing from
 * java.util.concurrent. A poll costs little CPU, so only the code tells it from a wait. The wait and
 * the wake-up must be in {@link LiveCode live code}; what is forbidden is forbidden in every method.
 */
@CheckInfo(id = "mutex-on-a-monitor", kind = CheckKind.ARCHITECTURE, points = 1, requires = {"mutex-excludes", "mutex-waiters-do-not-spin"},
        title = "ReentrantMutex waits in wait(), wakes with notifyAll(), never polls, uses nothing from java.util.concurrent")
public final class MutexOnAMonitor implements CheckBody {

    /** What a waiter calls when it polls instead of waiting to be woken. */
    private static final Set<String> POLLING = Set.of("sleep", "yield", "onSpinWait");

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Architecture.require(context, "course.deadlock", MutexOnAMonitor::rule, violations ->
                Feedback.expected("ReentrantMutex built from synchronized, wait() and notifyAll()")
                        .observed(violations)
                        .cause("the mutex borrows a ready-made lock, or polls (sleeps, yields, waits with a time-out) instead of"
                                + " waiting until the thread that frees the lock wakes it")
                        .revisit("monitors: a waiting thread calls wait() in a loop; the releasing thread calls notifyAll()"));
    }

    private static ArchRule rule(LiveCode live) {
        return Architecture.classRule("course.deadlock.ReentrantMutex", "wait on its monitor and use nothing from"
                + " java.util.concurrent", mutex -> {
            List<String> violations = new ArrayList<>();
            Set<JavaClass> used = live.withWhatItUses(mutex);
            used.stream().flatMap(type -> type.getAccessesFromSelf().stream())
                    .filter(access -> access.getTargetOwner().getPackageName().startsWith("java.util.concurrent"))
                    .findFirst()
                    .ifPresent(access -> violations.add(by(access.getOriginOwner()) + " uses "
                            + access.getTargetOwner().getSimpleName() + " at line " + access.getLineNumber()));
            List<JavaCodeUnitAccess<?>> onObject = live.methodsUsedBy(mutex)
                    .filter(call -> call.getTargetOwner().isEquivalentTo(Object.class))
                    .toList();
            if (onObject.stream().noneMatch(call -> call.getName().equals("wait")
                    && call.getTarget().getRawParameterTypes().isEmpty())) {
                violations.add(onObject.stream().anyMatch(call -> call.getName().equals("wait"))
                        ? "ReentrantMutex waits only with a time-out (wait(millis)): it polls instead of waiting to be"
                                + " woken"
                        : "ReentrantMutex never calls wait()");
            }
            if (onObject.stream().noneMatch(call -> call.getName().startsWith("notify"))) {
                violations.add("ReentrantMutex never calls notifyAll(): nothing wakes a waiting thread when the lock"
                        + " is freed");
            }
            used.stream().flatMap(type -> type.getCodeUnits().stream()).flatMap(LiveCode::methodsUsedIn)
                    .filter(call -> call.getTargetOwner().isEquivalentTo(Thread.class)
                            && POLLING.contains(call.getName()))
                    .forEach(call -> violations.add(by(call.getOriginOwner()) + "." + call.getOrigin().getName()
                            + " calls Thread." + call.getName() + " at line " + call.getLineNumber()));
            return violations;
        });
    }

    /** The class a student reads an access under: the mutex itself, or a helper class it uses. */
    private static String by(JavaClass type) {
        return type.getName().startsWith("course.deadlock.ReentrantMutex")
                ? "ReentrantMutex"
                : type.getSimpleName() + " (which ReentrantMutex uses)";
    }
}
