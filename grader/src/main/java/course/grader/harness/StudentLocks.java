package course.grader.harness;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What a student's object synchronises on, found in its fields (and in the fields of other objects
 * of the student's code it holds): its {@link Lock}s (the write lock of a {@link ReadWriteLock}),
 * their {@link Condition}s, and monitors (the object itself, every plain {@code Object}, every
 * object of the student's code). For checks that act on them from outside: wake the waiters
 * ({@link SpuriousWakeUps}), or hold them to make a race happen.
 */
public record StudentLocks(List<Object> monitors, List<Lock> locks, List<Condition> conditions) {

    public StudentLocks {
        monitors = List.copyOf(monitors);
        locks = List.copyOf(locks);
        conditions = List.copyOf(conditions);
    }

    /** Everything {@code target} synchronises on, as far as its fields tell. */
    public static StudentLocks of(Object target) {
        List<Object> monitors = new ArrayList<>();
        List<Lock> locks = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        collect(target, Collections.newSetFromMap(new IdentityHashMap<>()), monitors, locks, conditions);
        return new StudentLocks(monitors, locks, conditions);
    }

    /** Work done while holding the object's locks. */
    @FunctionalInterface
    public interface Held {
        void run() throws Exception;
    }

    /**
     * Whether a thread holding every lock found may still call the object's methods: each lock is a
     * {@link ReentrantLock} or the write lock of a {@link ReentrantReadWriteLock} (monitors always are).
     */
    public boolean reentrant() {
        return locks.stream().allMatch(lock -> lock instanceof ReentrantLock
                || lock instanceof ReentrantReadWriteLock.WriteLock);
    }

    /** Runs {@code work} holding every lock and monitor found; only if {@link #reentrant()}. */
    public void holding(Held work) throws Exception {
        locks.forEach(Lock::lock);
        try {
            holdingMonitors(0, work);
        } finally {
            locks.reversed().forEach(Lock::unlock);
        }
    }

    /**
     * Runs {@code work} holding every lock and monitor found where {@link #reentrant()} allows it, so
     * that the work can still call the object's methods; otherwise just runs it, without the locks
     * (the race it provokes is then left to chance).
     */
    public void holdingIfReentrant(Held work) throws Exception {
        if (reentrant()) {
            holding(work);
        } else {
            work.run();
        }
    }

    private void holdingMonitors(int from, Held work) throws Exception {
        if (from == monitors.size()) {
            work.run();
            return;
        }
        synchronized (monitors.get(from)) {
            holdingMonitors(from + 1, work);
        }
    }

    private static void collect(Object value, Set<Object> seen, List<Object> monitors, List<Lock> locks,
            List<Condition> conditions) {
        if (value == null || !seen.add(value)) {
            return;
        }
        if (value instanceof Condition condition) {
            conditions.add(condition);
        } else if (value instanceof Lock lock) {
            locks.add(lock);
        } else if (value instanceof ReadWriteLock readWrite) {
            locks.add(readWrite.writeLock());
        } else if (value instanceof StampedLock stamped) {
            locks.add(stamped.asWriteLock());
        } else if (value.getClass() == Object.class) {
            monitors.add(value);
        } else if (StudentCode.isStudentClass(value.getClass().getName())) {
            monitors.add(value);
            for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                        collect(read(field, value), seen, monitors, locks, conditions);
                    }
                }
            }
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException inaccessible) {
            return null;
        }
    }
}
