package course.grader.exercises.counter;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.lang.ArchRule;
import course.grader.harness.Architecture;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;

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
        return Architecture.classRule(ACCOUNT, "acquire and release a java.util.concurrent.locks.Lock", account -> {
            boolean acquires = callsOnALock(account, ACQUIRE);
            boolean releases = callsOnALock(account, Set.of("unlock"));
            return acquires && releases ? List.of() : List.of("Account never calls "
                    + (acquires ? "unlock()" : releases ? "lock()" : "lock() or unlock()")
                    + " on a java.util.concurrent.locks.Lock");
        });
    }

    /** Account creates its lock when it is constructed (constructor or field), and never in a method. */
    static ArchRule createsItsLockWhenConstructed() {
        return Architecture.classRule(ACCOUNT, "create its lock when the account is constructed, and only then", account -> {
            List<JavaConstructorCall> lockCreations = account.getConstructorCallsFromSelf().stream()
                    .filter(call -> LOCK_TYPES.stream().anyMatch(call.getTargetOwner()::isAssignableTo))
                    .toList();
            List<String> violations = new ArrayList<>();
            if (lockCreations.stream().noneMatch(call -> call.getOrigin().isConstructor())) {
                violations.add("no constructor or field initializer of Account creates a Lock");
            }
            lockCreations.stream().filter(call -> !call.getOrigin().isConstructor()).forEach(call ->
                    violations.add("Account." + call.getOrigin().getName() + "(…) creates a new "
                            + call.getTargetOwner().getSimpleName() + " at line " + call.getLineNumber()
                            + " every time it runs"));
            return violations;
        });
    }

    private static boolean callsOnALock(JavaClass account, Set<String> methodNames) {
        return account.getMethodCallsFromSelf().stream().anyMatch(call ->
                methodNames.contains(call.getName()) && call.getTargetOwner().isAssignableTo(Lock.class));
    }
}
