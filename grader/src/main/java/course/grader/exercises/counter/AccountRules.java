package course.grader.exercises.counter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The ArchUnit rules of the {@code counter} exercise: which mechanism {@code Account} uses. */
final class AccountRules {

    static final String ACCOUNT = "course.counter.Account";

    /** What counts as creating a lock: a Lock, or a ReadWriteLock that hands out two of them. */
    private static final List<Class<?>> LOCK_TYPES = List.of(Lock.class, ReadWriteLock.class);

    private static final Set<String> ACQUIRE = Set.of("lock", "lockInterruptibly", "tryLock");

    private AccountRules() {
    }

    /** Account acquires and releases a {@link Lock}. */
    static ArchRule locksAndUnlocks() {
        return classes().that().haveFullyQualifiedName(ACCOUNT).should(new ArchCondition<>(
                "acquire and release a java.util.concurrent.locks.Lock") {
            @Override
            public void check(JavaClass account, ConditionEvents events) {
                boolean acquires = callsOnALock(account, ACQUIRE);
                boolean releases = callsOnALock(account, Set.of("unlock"));
                if (!acquires || !releases) {
                    events.add(SimpleConditionEvent.violated(account, "Account never calls "
                            + (acquires ? "unlock()" : releases ? "lock()" : "lock() or unlock()")
                            + " on a java.util.concurrent.locks.Lock"));
                }
            }
        });
    }

    /** Account creates its lock when it is constructed (constructor or field), and never in a method. */
    static ArchRule createsItsLockWhenConstructed() {
        return classes().that().haveFullyQualifiedName(ACCOUNT).should(new ArchCondition<>(
                "create its lock when the account is constructed, and only then") {
            @Override
            public void check(JavaClass account, ConditionEvents events) {
                List<JavaConstructorCall> lockCreations = account.getConstructorCallsFromSelf().stream()
                        .filter(call -> LOCK_TYPES.stream().anyMatch(call.getTargetOwner()::isAssignableTo))
                        .toList();
                if (lockCreations.stream().noneMatch(call -> call.getOrigin().isConstructor())) {
                    events.add(SimpleConditionEvent.violated(account,
                            "no constructor or field initializer of Account creates a Lock"));
                }
                for (JavaConstructorCall call : lockCreations) {
                    JavaCodeUnit origin = call.getOrigin();
                    if (!origin.isConstructor()) {
                        events.add(SimpleConditionEvent.violated(account, "Account." + origin.getName()
                                + "(…) creates a new " + call.getTargetOwner().getSimpleName() + " at line "
                                + call.getLineNumber() + " every time it runs"));
                    }
                }
            }
        });
    }

    private static boolean callsOnALock(JavaClass account, Set<String> methodNames) {
        return account.getMethodCallsFromSelf().stream().anyMatch(call ->
                methodNames.contains(call.getName()) && call.getTargetOwner().isAssignableTo(Lock.class));
    }
}
