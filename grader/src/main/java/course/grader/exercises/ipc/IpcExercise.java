package course.grader.exercises.ipc;

import course.grader.api.Capability;
import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import course.grader.api.GivenSource;
import java.util.List;
import java.util.Set;

/** {@code ipc}: child JVMs, framed messages over their standard streams, and ending them. */
public final class IpcExercise implements Exercise {

    @Override
    public String id() {
        return "ipc";
    }

    @Override
    public String title() {
        return "Processes and the pipes between them";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.PROCESSES, Capability.CLOCK);
    }

    /** The launcher: children start only as it starts them, with attach disabled and the kit's command. */
    @Override
    public List<GivenSource> givenSources() {
        return List.of(new GivenSource(packageName(), "JavaLauncher"));
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(FramingOnAnyStream.class, RealChildProcesses.class, ThousandsOfMessages.class,
                MegabyteMessages.class, StandardErrorFlood.class, EvaluatesInTheChild.class,
                TerminateEndsTheChild.class, NoChildLeftRunning.class, CloseLetsAPoliteChildEnd.class,
                CloseEndsAStubbornChild.class, CloseEndsAWithdrawnChild.class, CallsAfterTheEnd.class,
                ASlowChildGetsEveryReply.class, SeveralExchangesWithOneChild.class);
    }
}
