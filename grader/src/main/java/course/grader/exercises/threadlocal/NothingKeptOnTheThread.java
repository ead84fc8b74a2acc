package course.grader.exercises.threadlocal;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.InterleavingAgent;
import course.grader.harness.ThreadLocalEntries;
import course.threadlocal.StudentContext;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A fresh thread serves students — a task that returns, one that throws, a nested call — and once
 * the outermost call has ended it must keep no ThreadLocal entry that it did not have before: not
 * the student's, and not that of any other ThreadLocal callAs used (a nesting depth, a stack of
 * students), whatever its value; served alone, and again while another thread is inside a callAs
 * of its own (a nesting depth every thread shares would take this thread's outermost call for a
 * nested one). On a pool, such an entry stays on the thread for its whole life.
 */
@CheckInfo(id = "nothing-kept-on-the-thread", kind = CheckKind.FUNCTIONAL, points = 1, requires = "each-thread-sees-its-own",
        title = "Once the outermost callAs has ended, the thread keeps no ThreadLocal entry of callAs's",
        javaAgents = InterleavingAgent.class)
public final class NothingKeptOnTheThread implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @Override
    public void run(CheckContext context) throws Exception {
        Optional<String> unavailable = ThreadLocalEntries.unavailable();
        if (unavailable.isPresent()) {
            context.measure("ThreadLocal entries not read: " + unavailable.get(), 0, "threads");
            return;
        }
        requireNothingKept(false);
        requireNothingKept(true);
    }

    /** A fresh thread is served, alone or while another thread is inside a callAs of its own, and keeps nothing. */
    private static void requireNothingKept(boolean besideAnotherCall) throws Exception {
        CountDownLatch othersInside = new CountDownLatch(besideAnotherCall ? 1 : 0);
        CountDownLatch othersMayLeave = new CountDownLatch(1);
        ThreadGang other = besideAnotherCall ? ThreadGang.start("other-thread", 1, index -> StudentContext.callAs("dana",
                Neutral.callable(() -> {
                    othersInside.countDown();
                    return othersMayLeave.await(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                }))) : null;
        AtomicReference<List<ThreadLocalEntries.Entry>> kept = new AtomicReference<>();
        try {
            if (other != null && !other.await(othersInside, BOUND)) {
                return; // the other call never began its task: other checks say why
            }
            ThreadGang.start("served-thread", 1, index -> {
                Set<ThreadLocal<?>> before = Collections.newSetFromMap(new IdentityHashMap<>());
                ThreadLocalEntries.ofThisThread().orElseThrow().forEach(entry -> before.add(entry.key()));
                serve();
                kept.set(ThreadLocalEntries.ofThisThread().orElseThrow().stream()
                        .filter(entry -> entry.key() != null && !before.contains(entry.key()))
                        .toList());
            }).join(BOUND);
        } finally {
            othersMayLeave.countDown();
        }
        if (other != null) {
            other.join(BOUND);
        }
        if (!kept.get().isEmpty()) {
            throw new CheckFailure(Feedback.expected("no ThreadLocal entry left on the thread once the outermost callAs"
                            + " has ended" + (besideAnotherCall ? ", while another thread was inside a callAs of its own"
                            : ""))
                    .observed("the thread kept " + kept.get().size() + " entr" + (kept.get().size() == 1 ? "y" : "ies")
                            + ": " + String.join("; ", kept.get().stream().map(ThreadLocalEntries.Entry::describe)
                            .toList()))
                    .cause(besideAnotherCall
                            ? "whether this was the outermost call is decided by state every thread shares (a static"
                                    + " nesting depth): another thread inside a call of its own made this thread's"
                                    + " outermost call look nested, and it kept its entry"
                            : "callAs uses a ThreadLocal it never remove()s (a nesting depth, a stack of students, or the"
                                    + " student set to null instead of removed): a pool thread keeps that entry, and its"
                                    + " value, for its whole life")
                    .revisit("when the outermost call ends, remove() every ThreadLocal callAs used, in finally;"
                            + " set(null) keeps the entry"));
        }
    }

    /** A task that returns, one that throws, and a nested call. */
    private static void serve() throws Exception {
        StudentContext.callAs("ann", Neutral.callable(() -> StudentContext.current()));
        try {
            StudentContext.callAs("bob", Neutral.callable(() -> {
                throw new IllegalStateException("exam missed");
            }));
        } catch (IllegalStateException expected) {
            // thrown by the task
        }
        StudentContext.callAs("outer", Neutral.callable(() -> StudentContext.callAs("inner", Neutral.callable(StudentContext::current))));
    }
}
