package course.grader.child;

import course.grader.api.Exercise;
import course.grader.api.Feedback;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.protocol.CheckEvent;
import course.grader.protocol.ProtocolJson;
import course.grader.protocol.RunPlan;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Entry point of the checking JVM. Reads its {@link RunPlan} from standard input, connects the
 * result channel before any of the student's classes is loaded, runs the checks in order, and
 * halts: after the last check, or after a check that left the JVM unfit to go on. Its bounds on
 * threads and processes are watched from outside, by the supervisor.
 */
public final class CheckRunnerMain {

    private CheckRunnerMain() {
    }

    public static void main(String[] args) throws Exception {
        RunPlan plan = ProtocolJson.readPlan(
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine());
        System.setIn(new ByteArrayInputStream(new byte[0]));
        ResultChannel channel = ResultChannel.connect(Path.of(plan.channel()), plan.nonce());
        OutputCapture output = OutputCapture.install();
        ExerciseDescriptor exercise = ExerciseDescriptor.of(
                Class.forName(plan.exerciseClass()).asSubclass(Exercise.class));
        Path classes = Path.of(plan.classesLocation());

        Optional<Feedback> unloadable = ClassPreloader.initialize(classes, exercise.packageName(), channel);
        if (unloadable.isPresent()) {
            channel.send(new CheckEvent.Unloadable(unloadable.get()));
            halt();
        }

        for (String checkId : plan.checkIds()) {
            channel.send(new CheckEvent.Started(checkId));
            CheckEvent.Finished result = new RunningCheck(exercise.check(checkId), classes, output, channel).run();
            channel.send(result);
            if (result.restart()) {
                halt();
            }
        }
        channel.send(new CheckEvent.Done());
        halt();
    }

    /** Ends the JVM whatever the student's threads are doing, taking its child processes along. */
    static void halt() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(0);
    }
}
