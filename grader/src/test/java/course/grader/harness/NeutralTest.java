package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * What a check hands to student code, and the threads it starts, say nothing of the check: no
 * string made of them names a grader class or a check's part, and everything else behaves as the
 * object it stands for.
 */
class NeutralTest {

    @Test
    void aHandedLambdaPrintsAsAProgramsAnonymousClassDoes() {
        LongSupplier handed = Neutral.as(LongSupplier.class, () -> 7);
        Runnable other = Neutral.as(Runnable.class, () -> { });

        String text = String.valueOf(handed) + List.of(handed) + handed;

        assertFalse(text.contains("grader"), text);
        assertFalse(text.contains("LongSupplier"), text);
        assertFalse(text.contains("Lambda"), text);
        assertTrue(handed.toString().matches("[A-Z][a-z]+\\$\\d+@[0-9a-f]+"), handed.toString());
        assertNotEquals(handed.toString().split("@")[0], other.toString().split("@")[0], "a class per interface");
        assertEquals(7, handed.getAsLong());
    }

    @Test
    void aHandedObjectEqualsOnlyItself() {
        Runnable target = () -> { };
        Runnable one = Neutral.as(Runnable.class, target);
        Runnable other = Neutral.as(Runnable.class, target);

        assertEquals(one, one);
        assertNotEquals(one, other);
        assertEquals(System.identityHashCode(one), one.hashCode());
    }

    @Test
    void whatTheTargetThrowsReachesTheCallerUnwrapped() {
        IOException checked = new IOException("the task failed");
        IllegalStateException unchecked = new IllegalStateException("the stay failed");
        Callable<String> task = Neutral.as(Callable.class, () -> {
            throw checked;
        });
        Runnable stay = Neutral.as(Runnable.class, () -> {
            throw unchecked;
        });

        assertSame(checked, assertThrows(IOException.class, task::call));
        assertSame(unchecked, assertThrows(IllegalStateException.class, stay::run));
    }

    @Test
    void gangThreadsAreNamedAsAProgramsThreadsAreAndKnownToTheFeedbackByTheirPart() throws Exception {
        List<Thread> seen = new CopyOnWriteArrayList<>();
        ThreadGang.start("unlucky-car", 60, index -> seen.add(Thread.currentThread())).join(java.time.Duration.ofSeconds(5));

        Set<String> kinds = new HashSet<>();
        for (Thread thread : seen) {
            String name = thread.getName();
            kinds.add(name.matches("Thread-\\d+") ? "unnamed" : name.matches("pool-\\d-thread-\\d") ? "executor" : name);
            assertFalse(thread.isDaemon(), name);
            assertTrue(ThreadRoles.of(thread).startsWith("unlucky-car-"), ThreadRoles.of(thread));
            assertTrue(ThreadRoles.isGraders(thread));
        }
        assertEquals(Set.of("unnamed", "executor"), kinds, "60 threads draw every kind of name, and only those: never their part");
    }
}
