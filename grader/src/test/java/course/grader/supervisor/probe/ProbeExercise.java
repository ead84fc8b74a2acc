package course.grader.supervisor.probe;

import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;

/**
 * An exercise for testing the engine: its checks behave as broken or hostile student code does.
 * Not registered in the catalogue; tests hand it to the supervisor directly.
 */
public final class ProbeExercise implements Exercise {

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public String title() {
        return "Engine probe";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(
                ProbeChecks.ReportsItsJvm.class,
                ProbeChecks.LeavesAThreadRunning.class,
                ProbeChecks.ReportsItsJvmAgain.class,
                ProbeChecks.LeaksAChildProcess.class,
                ProbeChecks.EscapesByDoubleFork.class,
                ProbeChecks.ExitsTheJvm.class,
                ProbeChecks.Deadlocks.class,
                ProbeChecks.WaitsForever.class,
                ProbeChecks.Spins.class,
                ProbeChecks.ForgesAPass.class,
                ProbeChecks.WritesOnTheChannel.class,
                ProbeChecks.PassesAtTheEnd.class);
    }
}
