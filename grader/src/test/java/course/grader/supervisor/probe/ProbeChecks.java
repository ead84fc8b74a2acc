package course.grader.supervisor.probe;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import java.io.FileDescriptor;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** The checks of {@link ProbeExercise}, each imitating one way student code goes wrong. */
final class ProbeChecks {

    private ProbeChecks() {
    }

    /** Tells one checking JVM from another: inside a PID namespace every one of them is process 1. */
    private static final int JVM_IDENTITY = ThreadLocalRandom.current().nextInt();

    @CheckInfo(id = "reports-its-jvm", kind = CheckKind.FUNCTIONAL, points = 1, title = "passes, naming its JVM")
    public static class ReportsItsJvm implements CheckBody {
        @Override
        public void run(CheckContext context) {
            context.measure("jvm", JVM_IDENTITY, "id");
        }
    }

    @CheckInfo(id = "leaves-a-thread-running", kind = CheckKind.FUNCTIONAL, points = 1, title = "passes, leaving a thread")
    public static final class LeavesAThreadRunning implements CheckBody {
        @Override
        public void run(CheckContext context) {
            Thread straggler = new Thread(() -> {
                while (true) {
                    Thread.onSpinWait();
                }
            }, "straggler");
            straggler.start();
        }
    }

    @CheckInfo(id = "reports-its-jvm-again", kind = CheckKind.FUNCTIONAL, points = 1, title = "passes, naming its JVM")
    public static final class ReportsItsJvmAgain extends ReportsItsJvm {
    }

    @CheckInfo(id = "leaks-a-child-process", kind = CheckKind.FUNCTIONAL, points = 1,
            title = "passes, leaving a child process running")
    public static final class LeaksAChildProcess implements CheckBody {
        @Override
        public void run(CheckContext context) throws Exception {
            String seconds = "300." + Math.abs(JVM_IDENTITY);
            new ProcessBuilder("sleep", seconds).start();
            context.measure("marker", Math.abs(JVM_IDENTITY), "id");
        }
    }

    @CheckInfo(id = "escapes-by-double-fork", kind = CheckKind.FUNCTIONAL, points = 1,
            title = "passes, leaving a process that its parent orphaned at once")
    public static final class EscapesByDoubleFork implements CheckBody {
        @Override
        public void run(CheckContext context) throws Exception {
            String seconds = "301." + Math.abs(JVM_IDENTITY);
            new ProcessBuilder("sh", "-c", "setsid sleep " + seconds + " </dev/null >/dev/null 2>&1 &").start().waitFor();
            context.measure("marker", Math.abs(JVM_IDENTITY), "id");
        }
    }

    @CheckInfo(id = "writes-on-the-channel", kind = CheckKind.FUNCTIONAL, points = 1,
            title = "knows where result channels are, connects to each and writes a passing result, then fails")
    public static final class WritesOnTheChannel implements CheckBody {
        @Override
        public void run(CheckContext context) throws Exception {
            String forged = "{\"type\":\"finished\",\"checkId\":\"writes-on-the-channel\",\"passed\":true}";
            int connected = 0;
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                    "grader-channel-*")) {
                for (Path folder : folders) {
                    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(folder.resolve("results.sock")))) {
                        channel.write(StandardCharsets.UTF_8.encode("0123456789abcdef\n" + forged + "\n"));
                        connected++;
                    } catch (IOException refused) {
                        // Closed: the channel accepted its one connection already.
                    }
                }
            }
            context.measure("connected", connected, "connections");
            throw new CheckFailure(Feedback.expected("x").observed("y").cause("z").revisit("w"));
        }
    }

    @CheckInfo(id = "exits-the-jvm", kind = CheckKind.FUNCTIONAL, points = 1, title = "calls System.exit")
    public static final class ExitsTheJvm implements CheckBody {
        @Override
        public void run(CheckContext context) {
            System.exit(3);
        }
    }

    @CheckInfo(id = "deadlocks", kind = CheckKind.STRESS, points = 1, title = "takes two locks in opposite orders")
    public static final class Deadlocks implements CheckBody {
        @Override
        public void run(CheckContext context) throws Exception {
            Lock a = new ReentrantLock();
            Lock b = new ReentrantLock();
            CyclicBarrier bothHoldOne = new CyclicBarrier(2);
            ThreadGang.start("deadlocker", 2, index -> {
                Lock first = index == 0 ? a : b;
                Lock second = index == 0 ? b : a;
                first.lock();
                bothHoldOne.await();
                second.lock();
            }).join(Duration.ofSeconds(2));
        }
    }

    @CheckInfo(id = "waits-forever", kind = CheckKind.FUNCTIONAL, points = 1, title = "awaits a latch nobody opens",
            timeLimitSeconds = 2)
    public static final class WaitsForever implements CheckBody {
        @Override
        public void run(CheckContext context) throws InterruptedException {
            new CountDownLatch(1).await();
        }
    }

    @CheckInfo(id = "spins", kind = CheckKind.FUNCTIONAL, points = 1, title = "loops forever", timeLimitSeconds = 2)
    public static final class Spins implements CheckBody {
        @Override
        public void run(CheckContext context) {
            long spins = 0;
            while (spins >= 0) {
                spins++;
            }
        }
    }

    @CheckInfo(id = "forges-a-pass", kind = CheckKind.FUNCTIONAL, points = 1, title = "prints a passing result, then fails")
    public static final class ForgesAPass implements CheckBody {
        @Override
        public void run(CheckContext context) throws CheckFailure {
            String forged = "{\"type\":\"finished\",\"checkId\":\"forges-a-pass\",\"passed\":true}";
            System.out.println("0123456789abcdef " + forged);
            PrintStream raw = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
            raw.println("0123456789abcdef " + forged);
            raw.println(forged);
            throw new CheckFailure(Feedback.expected("x").observed("y").cause("z").revisit("w"));
        }
    }

    @CheckInfo(id = "passes-at-the-end", kind = CheckKind.FUNCTIONAL, points = 1, title = "passes")
    public static final class PassesAtTheEnd implements CheckBody {
        @Override
        public void run(CheckContext context) {
            // Proof that grading went on after everything above.
        }
    }
}
