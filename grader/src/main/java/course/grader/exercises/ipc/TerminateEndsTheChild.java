package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.ipc.ChildProcess;

/** terminate() ends a child that would otherwise run for ever. */
@CheckInfo(id = "terminate-ends-the-child", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "terminate() ends the child at once and waits until it is gone")
public final class TerminateEndsTheChild implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        ChildEnding.requireGone("terminate()", ChildProcess::terminate);
    }
}
