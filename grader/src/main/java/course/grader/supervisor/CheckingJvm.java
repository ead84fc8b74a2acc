package course.grader.supervisor;

import course.grader.process.ProcessTree;
import course.grader.protocol.ProtocolJson;
import course.grader.protocol.RunPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running checking JVM seen from the supervisor. It runs inside the machine's
 * {@link Containment}, under {@link ProcessTree.Limits} watched from here, and reports on a result
 * channel of its own: a Unix domain socket in a private folder, on which the supervisor accepts
 * exactly one connection — the first, and only if it opens with the nonce sent on the JVM's
 * standard input. Its standard output, where the student's code could write, is never read.
 * Closing it kills it together with every process it started.
 */
final class CheckingJvm implements AutoCloseable {

    private static final String MAIN_CLASS = "course.grader.child.CheckRunnerMain";
    private static final int STDERR_LINES_KEPT = 20;
    private static final String SOCKET_NAME = "results.sock";
    private static final int NONCE_BYTES = 16;
    /** Leaves room for "/grader-channel-<digits>/results.sock" under the 108 bytes Linux allows a socket path. */
    private static final int MAX_BASE_PATH_LENGTH = 60;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * The longest event line read: feedback fields are capped at a few KB each before they leave
     * the checking JVM, so a longer line is not the grader's.
     */
    private static final int MAX_LINE_CHARS = 1 << 20;

    private final Process process;
    private final String nonce;
    private final ServerSocketChannel server;
    private final Path channelFolder;
    private final LinkedBlockingQueue<JvmSignal> events = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final ProcessTree tree;
    private final AtomicBoolean channelChosen = new AtomicBoolean();
    private final Set<SocketChannel> connections = ConcurrentHashMap.newKeySet();

    private CheckingJvm(Process process, String nonce, ServerSocketChannel server, Path channelFolder,
                        ProcessTree.Limits limits) {
        this.process = process;
        this.nonce = nonce;
        this.server = server;
        this.channelFolder = channelFolder;
        this.tree = ProcessTree.watch(process, "checking-jvm", limits);
        process.onExit().thenRun(this::closeServer);
        daemon("events", this::readEvents);
        daemon("stderr", () -> readStderr(process.getErrorStream()));
    }

    /**
     * Starts a checking JVM that runs {@code checkIds} of the exercise, in order, on the classes in
     * {@code gradedClasses}, with {@code workDirectory} as its working folder, loading the Java
     * agents those checks need at start-up.
     */
    static CheckingJvm start(JvmSettings settings, Path gradedClasses, String exerciseClass, List<String> checkIds,
                             List<Class<?>> javaAgents, Path workDirectory) throws IOException {
        Path channelFolder = Files.createTempDirectory(channelBase(), "grader-channel-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path socket = channelFolder.resolve(SOCKET_NAME);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        String nonce = newNonce();
        RunPlan plan = new RunPlan(nonce, socket.toString(), exerciseClass, checkIds,
                gradedClasses.toAbsolutePath().toString(), workDirectory.toAbsolutePath().toString());
        Files.createDirectories(workDirectory);
        ProcessBuilder builder = new ProcessBuilder(settings.command(gradedClasses, MAIN_CLASS, javaAgents, workDirectory))
                .directory(workDirectory.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process;
        try {
            process = builder.start();
        } catch (IOException notStarted) {
            server.close();
            throw notStarted;
        }
        CheckingJvm jvm = new CheckingJvm(process, nonce, server, channelFolder, settings.limits());
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((ProtocolJson.write(plan) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException processAlreadyGone) {
            // It died at start-up; the caller hears that it ended, with its exit code.
        }
        return jvm;
    }

    /**
     * Where channel folders are made: the temporary folder, unless its path is so long that a socket
     * in it would pass the operating system's bound on socket paths (about 100 bytes).
     */
    private static Path channelBase() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path shortest = Path.of("/tmp");
        return temporary.toString().length() > MAX_BASE_PATH_LENGTH && Files.isDirectory(shortest) ? shortest : temporary;
    }

    private static String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The next message; once the process ended and all its messages were read, that it ended (its
     * exit code, standard error and breach taken as this is read, so the standard error's reader
     * has had the most time to catch up); {@link JvmSignal.Silence} if nothing came within {@code timeout}.
     */
    JvmSignal next(Duration timeout) throws InterruptedException {
        JvmSignal heard = events.poll(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        return switch (heard) {
            case null -> new JvmSignal.Silence(timeout);
            case JvmSignal.Ended ended -> new JvmSignal.Ended(exitCode(), stderrTail(), tree.breach());
            default -> heard;
        };
    }

    /** The exit code, waiting briefly for it; -1 if the process is still alive. */
    private int exitCode() throws InterruptedException {
        return process.waitFor(2, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }

    /** The last lines the JVM wrote to its standard error (JVM crash messages land there). */
    private synchronized String stderrTail() {
        return String.join("\n", stderrTail);
    }

    /**
     * Accepts connections until one opens with the nonce, then reads its events until it ends.
     * Each connection is heard in a thread of its own, so one that says nothing cannot hold up the
     * JVM's own; any other connection is closed unread.
     */
    private void readEvents() {
        try {
            while (!channelChosen.get()) {
                SocketChannel connection = server.accept();
                connections.add(connection);
                daemon("connection", () -> hear(connection));
            }
        } catch (IOException serverClosed) {
            // Closed when the JVM's own connection came, or when the JVM ended without one.
        }
        if (!channelChosen.get()) {
            endOfEvents();
        }
    }

    private void hear(SocketChannel connection) {
        boolean theJvms = false;
        try (connection; BufferedReader reader = new BufferedReader(Channels.newReader(connection, StandardCharsets.UTF_8))) {
            BoundedLines lines = new BoundedLines(reader, MAX_LINE_CHARS);
            theJvms = nonce.equals(lines.next().orElse(null)) && channelChosen.compareAndSet(false, true);
            if (theJvms) {
                closeServer();
                for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
                    events.add(new JvmSignal.Message(ProtocolJson.readEvent(line.get())));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // Treated like the end of the process: the event in progress is reported as lost.
        }
        if (theJvms) {
            endOfEvents();
        }
    }

    private void endOfEvents() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Its facts are taken when it is read (next), once the standard error's reader has caught up.
        events.add(new JvmSignal.Ended(-1, "", Optional.empty()));
    }

    /** Stops accepting connections and removes the socket: after the first connection, or once the JVM is gone. */
    private void closeServer() {
        try {
            server.close();
            Files.deleteIfExists(channelFolder.resolve(SOCKET_NAME));
            Files.deleteIfExists(channelFolder);
        } catch (IOException alreadyGone) {
            // Nothing is left to accept a connection on.
        }
    }

    private void readStderr(InputStream stderr) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
            BoundedLines lines = new BoundedLines(reader, MAX_LINE_CHARS);
            for (Optional<String> line = lines.next(); line.isPresent(); line = lines.next()) {
                synchronized (this) {
                    stderrTail.addLast(line.get());
                    if (stderrTail.size() > STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // The process is gone.
        }
    }

    /** Kills the JVM and every process it started that is still alive. */
    @Override
    public void close() {
        tree.kill();
        closeServer();
        for (SocketChannel connection : connections) {
            try {
                connection.close();
            } catch (IOException alreadyClosed) {
                // Nothing more to hear on it.
            }
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, "checking-jvm-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
