package course.grader.harness;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Explains, in words a student can act on, why threads have not finished: the deadlock cycle the
 * JVM itself detects (which thread holds which lock and wants which), or for each thread whether
 * it waits for a lock someone else holds, waits for a signal, sleeps, or spins on a core.
 */
public final class ThreadDiagnosis {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SPIN_SAMPLE_MILLIS = 200;

    private ThreadDiagnosis() {
    }

    /** True when some of these threads are in a deadlock cycle the JVM detects. */
    public static boolean isDeadlocked(Collection<Thread> threads) {
        long[] ids = THREADS.findDeadlockedThreads();
        if (ids == null) {
            return false;
        }
        Set<Long> deadlocked = Arrays.stream(ids).boxed().collect(Collectors.toSet());
        return threads.stream().anyMatch(thread -> deadlocked.contains(thread.threadId()));
    }

    private static Map<Long, ThreadInfo> deadlockedThreads() {
        Map<Long, ThreadInfo> byId = new LinkedHashMap<>();
        long[] ids = THREADS.findDeadlockedThreads();
        if (ids != null) {
            for (ThreadInfo info : THREADS.getThreadInfo(ids, true, true)) {
                if (info != null) {
                    byId.put(info.getThreadId(), info);
                }
            }
        }
        return byId;
    }

    private static String describeCycle(Map<Long, ThreadInfo> deadlocked) {
        List<String> steps = new ArrayList<>();
        for (ThreadInfo member : cycle(deadlocked)) {
            steps.add(StudentCode.thread(ThreadRoles.of(member.getThreadId(), member.getThreadName())) + " holds " + heldLocks(member)
                    + " and waits for " + lockName(member.getLockInfo())
                    + StudentCode.whereIn(member.getStackTrace()));
        }
        return String.join("; ", steps) + " — each waits for a lock the next one holds, so none can go on";
    }

    /**
     * The threads of one cycle, in order. The JVM also reports threads that wait for a lock held in
     * the cycle without being part of it; following lock owners from any of them ends in the cycle.
     */
    private static List<ThreadInfo> cycle(Map<Long, ThreadInfo> deadlocked) {
        List<ThreadInfo> path = new ArrayList<>();
        ThreadInfo current = deadlocked.values().iterator().next();
        while (current != null && !path.contains(current)) {
            path.add(current);
            current = deadlocked.get(current.getLockOwnerId());
        }
        return current == null ? path : path.subList(path.indexOf(current), path.size());
    }

    /**
     * What each of these threads is doing, one sentence each; a deadlock among them comes first.
     * Samples CPU time for a moment to tell a spinning thread from a blocked one.
     */
    public static Diagnosis describe(Collection<Thread> threads) {
        List<Thread> alive = threads.stream().filter(Thread::isAlive).toList();
        Map<Thread, Long> cpuBefore = cpuTimes(alive);
        sleepQuietly(SPIN_SAMPLE_MILLIS);
        Map<Thread, Long> cpuAfter = cpuTimes(alive);
        Map<Long, ThreadInfo> deadlocked = deadlockedThreads();
        Set<Long> inCycle = deadlocked.isEmpty() ? Set.of()
                : cycle(deadlocked).stream().map(ThreadInfo::getThreadId).collect(Collectors.toSet());
        Stream<String> cycle = deadlocked.isEmpty() ? Stream.empty() : Stream.of("deadlock: " + describeCycle(deadlocked));
        Stream<String> states = alive.stream()
                .filter(thread -> thread.isAlive() && !inCycle.contains(thread.threadId()))
                .map(thread -> describe(thread, cpuAfter.get(thread) - cpuBefore.get(thread)));
        return new Diagnosis(!deadlocked.isEmpty(), Stream.concat(cycle, states).collect(Collectors.joining("; ")));
    }

    private static boolean isSpinning(long cpuNanos) {
        return cpuNanos > TimeUnit.MILLISECONDS.toNanos(SPIN_SAMPLE_MILLIS) / 2;
    }

    private static String describe(Thread thread, long cpuNanosDuringSample) {
        ThreadInfo info = THREADS.getThreadInfo(new long[] {thread.threadId()}, true, true)[0];
        if (info == null) {
            return StudentCode.thread(ThreadRoles.of(thread)) + " has just ended";
        }
        String name = StudentCode.thread(ThreadRoles.of(info.getThreadId(), info.getThreadName()));
        String where = StudentCode.whereIn(info.getStackTrace());
        LockInfo wanted = info.getLockInfo();
        if (wanted != null && info.getLockOwnerName() != null) {
            return name + " waits" + where + " for " + lockName(wanted) + ", held by "
                    + StudentCode.thread(ThreadRoles.of(info.getLockOwnerId(), info.getLockOwnerName())) + ownerActivity(info.getLockOwnerId());
        }
        return switch (info.getThreadState()) {
            case WAITING -> name + " waits" + where + " for a signal that never came"
                    + (wanted == null ? "" : " (on " + lockName(wanted) + ")");
            case TIMED_WAITING -> name + " is sleeping or waiting with a timeout" + where;
            case RUNNABLE -> isSpinning(cpuNanosDuringSample)
                    ? name + " is spinning" + where + ": it used "
                            + TimeUnit.NANOSECONDS.toMillis(cpuNanosDuringSample) + " ms of CPU in "
                            + SPIN_SAMPLE_MILLIS + " ms without making progress"
                    : name + " is running" + where;
            default -> name + " is " + info.getThreadState().toString().toLowerCase() + where;
        };
    }

    private static String ownerActivity(long ownerId) {
        ThreadInfo owner = THREADS.getThreadInfo(ownerId, Integer.MAX_VALUE);
        if (owner == null) {
            return ", which has already ended without unlocking it";
        }
        if (StudentCode.innermostFrame(owner.getStackTrace()).isEmpty()) {
            return ", which has left your code without unlocking it";
        }
        return "";
    }

    private static String heldLocks(ThreadInfo info) {
        Stream<LockInfo> monitors = Arrays.stream(info.getLockedMonitors()).map(LockInfo.class::cast);
        Stream<LockInfo> synchronizers = Arrays.stream(info.getLockedSynchronizers());
        String held = Stream.concat(monitors, synchronizers).map(ThreadDiagnosis::lockName)
                .distinct().collect(Collectors.joining(" and "));
        return held.isEmpty() ? "no lock" : held;
    }

    /** {@code ReentrantLock#1b6d3586} or {@code the monitor of Resources#4554617c}. */
    static String lockName(LockInfo lock) {
        String className = lock.getClassName();
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String hash = "#" + Integer.toHexString(lock.getIdentityHashCode());
        int inner = simple.indexOf('$');
        if (simple.endsWith("$ConditionObject")) {
            return "a Condition" + hash;
        }
        if (inner > 0 && simple.endsWith("Sync")) {
            return simple.substring(0, inner) + hash;
        }
        if (inner > 0) {
            simple = simple.substring(0, inner) + "." + simple.substring(inner + 1);
        }
        return "the monitor of " + simple + hash;
    }

    private static Map<Thread, Long> cpuTimes(List<Thread> threads) {
        Map<Thread, Long> times = new LinkedHashMap<>();
        threads.forEach(thread -> times.put(thread, cpuTime(thread)));
        return times;
    }

    private static long cpuTime(Thread thread) {
        return CpuClock.cpuTime(thread).toNanos();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
