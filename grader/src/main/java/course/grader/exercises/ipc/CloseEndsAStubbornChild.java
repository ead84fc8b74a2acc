package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckFailure;
import course.grader.api.CheckKind;
import course.grader.harness.IdleCpu;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * close() is bounded even for a child that keeps running when its input ends and ignores
 * destroy(): after the 2 s of grace it must end it forcibly, and wait until it is gone. While it
 * gives the child its grace, the thread calling close() waits blocked: the CPU time it uses over
 * the whole close() is compared with that of a thread blocked in a latch over the same time, plus a
 * tenth of the wall time ({@link IdleCpu}). Looping on isAlive() until the grace is out uses most
 * of the 2 s, even on a loaded machine.
 */
@CheckInfo(id = "close-ends-a-stubborn-child", kind = CheckKind.FUNCTIONAL, points = 3, requires = "real-child-processes",
        title = "close() ends a child that ignores the end of its input and destroy() within a bound, waiting"
                + " without using CPU")
public final class CloseEndsAStubbornChild implements CheckBody {

    private static final ChildEnding ENDING = new ChildEnding("close()", StubbornChild.class, Duration.ofSeconds(8),
            "after the grace period close() asks the child to end with destroy() (SIGTERM), which a child may"
                    + " ignore — this one's shutdown hook never returns — and then waits for it for ever",
            "close() gives up waiting after the grace period but never destroys the child (or destroys it without"
                    + " waiting until it is gone): a child that ignores the end of its input runs on");

    @Override
    public void run(CheckContext context) throws Exception {
        AtomicReference<IdleCpu.Measurement> closing = new AtomicReference<>();
        ENDING.requireGone((child, returned) -> closing.set(IdleCpu.whileRunning(child::close, returned::run)));
        IdleCpu.Measurement cost = closing.get();
        context.measure("CPU of the thread in close()", cost.mostMillis(), "ms");
        if (cost.spins()) {
            throw new CheckFailure(cost.spinningFeedback("the thread calling close()")
                    .cause("close() waits out the grace period by looping on isAlive() (or exitValue(), or the"
                            + " clock): busy-waiting, a core burnt for the whole 2 s of every close()")
                    .revisit("process.waitFor(2, TimeUnit.SECONDS) blocks until the child ends or the time is out,"
                            + " using no CPU"));
        }
    }
}
