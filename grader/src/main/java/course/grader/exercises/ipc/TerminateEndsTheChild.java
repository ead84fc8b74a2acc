package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.ipc.ChildProcess;
import java.time.Duration;

/** terminate() ends even a child that ignores a polite request, and waits until it is gone. */
@CheckInfo(id = "terminate-ends-the-child", kind = CheckKind.FUNCTIONAL, points = 2, requires = "real-child-processes",
        title = "terminate() ends the child at once, even one that ignores destroy(), and waits until it is gone")
public final class TerminateEndsTheChild implements CheckBody {

    private static final ChildEnding ENDING = new ChildEnding("terminate()", StubbornChild.class, Duration.ofSeconds(5),
            "terminate() asks the child to end with destroy() (SIGTERM), which a child may ignore — this one's"
                    + " shutdown hook never returns — and then waits for it for ever",
            "terminate() neither destroys the child forcibly nor waits for it to be gone");

    @Override
    public void run(CheckContext context) throws Exception {
        ENDING.requireGone(ChildProcess::terminate);
    }
}
