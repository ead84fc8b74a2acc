package course.grader.exercises.event;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.function.Predicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The Event sleeps in a condition (or a monitor), never in a polling loop with sleep, yield or onSpinWait. */
@CheckInfo(id = "waits-on-a-condition", kind = CheckKind.ARCHITECTURE, points = 1,
        title = "Event waits in Condition.await (or Object.wait), never with sleep, yield or onSpinWait")
public final class WaitsOnACondition implements CheckBody {

    private static final Set<String> POLLING = Set.of("sleep", "yield", "onSpinWait");

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Architecture.require(context, "course.event", rule(), violations ->
                Feedback.expected("waiting threads to sleep in Condition.await() until signalled")
                        .observed(violations)
                        .cause("the event polls its flag: waiting costs CPU and wakes late")
                        .revisit("condition variables: await() in a loop under the lock, signalAll() on change"));
    }

    private static ArchRule rule() {
        return classes().that().haveFullyQualifiedName("course.event.Event").should(new ArchCondition<>(
                "wait on a condition without polling") {
            @Override
            public void check(JavaClass event, ConditionEvents events) {
                Predicate<JavaMethodCall> waits = call -> call.getTargetOwner().isAssignableTo(Condition.class)
                        && call.getName().startsWith("await")
                        || call.getTargetOwner().isEquivalentTo(Object.class) && call.getName().equals("wait");
                if (event.getMethodCallsFromSelf().stream().noneMatch(waits)) {
                    events.add(SimpleConditionEvent.violated(event, "Event never waits on a Condition or a monitor"));
                }
                event.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isEquivalentTo(Thread.class) && POLLING.contains(call.getName()))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(event, "Event." + call.getOrigin().getName()
                                + " calls Thread." + call.getName() + " at line " + call.getLineNumber())));
            }
        });
    }
}
