package course.grader.exercises.counter;

import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.lang.ArchRule;
import course.grader.harness.Architecture;
import course.grader.harness.LiveCode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The ArchUnit rule of the {@code counter} exercise: which mechanism {@code Account} uses. It
 * judges what the code calls, not how the lock was obtained (a constructor, a factory such as
 * {@code StampedLock.asWriteLock()}, a helper method); code in lambdas counts as part of the method
 * that declares it (ArchUnit attributes it so). Only {@link LiveCode live code} counts: a
 * {@code lock()} in a method nobody calls guards nothing. Whether every thread uses the same lock cannot be
 * told from the bytecode, so {@link OneLockPerAccount} watches it happen.
 */
final class AccountRules {

    static final String ACCOUNT = "course.counter.Account";

    private static final Set<String> ACQUIRE = Set.of("lock", "lockInterruptibly", "tryLock");

    /** StampedLock's own acquiring methods, for an account that uses its stamps rather than a Lock view. */
    private static final Predicate<String> STAMPED_ACQUIRE = name -> name.matches("(try)?(write|read)Lock(Interruptibly)?");

    private AccountRules() {
    }

    /** Account acquires and releases a lock of java.util.concurrent.locks. */
    static ArchRule locksAndUnlocks(LiveCode live) {
        return Architecture.classRule(ACCOUNT, "acquire and release a java.util.concurrent.locks.Lock", account -> {
            boolean acquires = callsOnALock(live.methodsUsedBy(account), ACQUIRE::contains, STAMPED_ACQUIRE);
            boolean releases = callsOnALock(live.methodsUsedBy(account), "unlock"::equals,
                    name -> name.startsWith("unlock"));
            return acquires && releases ? List.of() : List.of("Account never calls "
                    + (acquires ? "unlock()" : releases ? "lock()" : "lock() or unlock()")
                    + " on a java.util.concurrent.locks.Lock");
        });
    }

    private static boolean callsOnALock(Stream<JavaCodeUnitAccess<?>> calls, Predicate<String> onALock,
                                        Predicate<String> onAStampedLock) {
        return calls.anyMatch(call -> isOn(call, Lock.class, onALock)
                || isOn(call, StampedLock.class, onAStampedLock));
    }

    private static boolean isOn(JavaCodeUnitAccess<?> call, Class<?> owner, Predicate<String> names) {
        return call.getTargetOwner().isAssignableTo(owner) && names.test(call.getName());
    }
}
