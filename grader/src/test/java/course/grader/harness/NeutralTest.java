package course.grader.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * What a check hands to student code, and the threads it starts, say nothing of the check: no
 * string made of them names a grader class or a check's part, and everything else behaves as the
 * object it stands for.
 */
class NeutralTest {

    @Test
    void aHandedLambdaIsNamedByItsInterfaceOnly() {
        LongSupplier handed = Neutral.as(LongSupplier.class, () -> 7);

        String text = String.valueOf(handed) + List.of(handed) + handed;

        assertFalse(text.contains("grader"), text);
        assertFalse(text.contains("Lambda"), text);
        assertTrue(handed.toString().startsWith("java.util.function.LongSupplier@"), handed.toString());
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
    void aGangThreadIsCalledWorkerAndKnownToTheFeedbackByItsPart() throws Exception {
        AtomicReference<Thread> seen = new AtomicReference<>();
        ThreadGang.start("unlucky-car", 1, index -> seen.set(Thread.currentThread())).join(java.time.Duration.ofSeconds(5));

        assertEquals(ThreadRoles.NEUTRAL_NAME, seen.get().getName());
        assertFalse(seen.get().toString().contains("car"), seen.get().toString());
        assertEquals("unlucky-car-0", ThreadRoles.of(seen.get()));
        assertTrue(ThreadRoles.isGraders(seen.get()));
    }
}
