package course.grader.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.StampedLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * What a student's object synchronises on, found in its fields (and in the fields of other objects
 * of the student's code it holds, in arrays, collections and atomic references too, since a lock
 * kept in a one-element array is as much the object's lock): its {@link Lock}s (the write lock of
 * a {@link ReadWriteLock}), their {@link Condition}s, its {@link Semaphore}s, and monitors (the
 * object itself, every plain {@code Object}, every object of the student's code). For checks that
 * act on them from outside: wake the waiters
 * ({@link SpuriousWakeUps}), or hold them to make a race happen.
 */
public record StudentLocks(List<Object> monitors, List<Lock> locks, List<Condition> conditions,
                           List<Semaphore> semaphores) {

    public StudentLocks {
        monitors = List.copyOf(monitors);
        locks = List.copyOf(locks);
        conditions = List.copyOf(conditions);
        semaphores = List.copyOf(semaphores);
    }

    /** Everything {@code target} synchronises on, wherever it keeps it ({@link ReachablePlaces}). */
    public static StudentLocks of(Object target) {
        Set<Object> found = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> monitors = new ArrayList<>();
        List<Lock> locks = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        List<Semaphore> semaphores = new ArrayList<>();
        ReachablePlaces.walk(target, place -> {
            Object value = place.value();
            if (place.primitive() || value == null || !found.add(value)) {
                return;
            }
            switch (value) {
                case Condition condition -> conditions.add(condition);
                case Lock lock -> locks.add(lock);
                case ReadWriteLock readWrite -> locks.add(readWrite.writeLock());
                case StampedLock stamped -> locks.add(stamped.asWriteLock());
                case Semaphore semaphore -> semaphores.add(semaphore);
                default -> {
                    if (value.getClass() == Object.class || StudentCode.isStudentClass(value.getClass().getName())) {
                        monitors.add(value);
                    }
                }
            }
        });
        return new StudentLocks(monitors, locks, conditions, semaphores);
    }

    /**
     * Each lock, monitor and semaphore found, alone: to tell which of them a method waits for (a
     * decoy kept beside the real lock is held by nobody's method).
     */
    public List<StudentLocks> eachAlone() {
        return Stream.of(monitors.stream().map(monitor -> new StudentLocks(List.of(monitor), List.of(), List.of(), List.of())),
                        locks.stream().map(lock -> new StudentLocks(List.of(), List.of(lock), List.of(), List.of())),
                        semaphores.stream().map(semaphore -> new StudentLocks(List.of(), List.of(), List.of(), List.of(semaphore))))
                .flatMap(alone -> alone).toList();
    }

    /** Work done while holding the object's locks. */
    @FunctionalInterface
    public interface Held {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} holding every lock and monitor found, with every permit of every semaphore
     * found drained (a semaphore of one permit may be the object's lock); the work must not call
     * the object's methods, which may need what it holds.
     */
    public void holding(Held work) throws Exception {
        holding(locks, semaphores, work);
    }

    /**
     * Runs {@code work} holding every lock and monitor found that its thread may take again, so that
     * the work can still call the object's methods: the {@link ReentrantLock}s, the write locks of
     * {@link ReentrantReadWriteLock}s, and the monitors. The others (a {@link StampedLock}, a
     * semaphore) are left alone: if the object uses one of them, the race the work provokes is left
     * to chance; if it only keeps one beside the lock it uses, holding that lock provokes it all the same.
     */
    public void holdingWhatIsReentrant(Held work) throws Exception {
        holding(locks.stream().filter(StudentLocks::isReentrant).toList(), List.of(), work);
    }

    private void holding(List<Lock> held, List<Semaphore> drained, Held work) throws Exception {
        held.forEach(Lock::lock);
        List<Integer> permits = new ArrayList<>();
        try {
            drained.forEach(semaphore -> permits.add(semaphore.drainPermits()));
            holdingMonitors(0, work);
        } finally {
            for (int index = 0; index < permits.size(); index++) {
                drained.get(index).release(permits.get(index));
            }
            held.reversed().forEach(Lock::unlock);
        }
    }

    private static boolean isReentrant(Lock lock) {
        return lock instanceof ReentrantLock || lock instanceof ReentrantReadWriteLock.WriteLock;
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
}
