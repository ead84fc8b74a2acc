package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.ipc.ChildProcess;
import java.time.Duration;

/**
 * close() is bounded even for a child that keeps running when its input ends and ignores
 * destroy(): after the 2 s of grace it must end it forcibly, and wait until it is gone.
 */
@CheckInfo(id = "close-ends-a-stubborn-child", kind = CheckKind.FUNCTIONAL, points = 3,
        title = "close() ends a child that ignores the end of its input and destroy() within a bound")
public final class CloseEndsAStubbornChild implements CheckBody {

    private static final ChildEnding ENDING = new ChildEnding("close()", StubbornChild.class, Duration.ofSeconds(8),
            "after the grace period close() asks the child to end with destroy() (SIGTERM), which a child may"
                    + " ignore — this one's shutdown hook never returns — and then waits for it for ever",
            "close() gives up waiting after the grace period but never destroys the child (or destroys it without"
                    + " waiting until it is gone): a child that ignores the end of its input runs on");

    @Override
    public void run(CheckContext context) throws Exception {
        ENDING.requireGone(ChildProcess::close);
    }
}
