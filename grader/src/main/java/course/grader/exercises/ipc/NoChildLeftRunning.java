package course.grader.exercises.ipc;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.ipc.ChildProcess;
import course.ipc.EchoChild;

/** close() ends and reaps a child that ends when its input does: none is left running. */
@CheckInfo(id = "no-child-left-running", kind = CheckKind.FUNCTIONAL, points = 2, requires = "real-child-processes",
        title = "close() ends the child and waits for it: no child is left running")
public final class NoChildLeftRunning implements CheckBody {

    private static final ChildEnding ENDING = ChildEnding.closeOfAPoliteChild(EchoChild.class);

    @Override
    public void run(CheckContext context) throws Exception {
        ENDING.requireGone(ChildProcess::close);
    }
}
