package course.grader.compile;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs javac on a submission's sources in a JVM of its own, so that sources that exhaust the
 * compiler (deeply nested blocks, enormous constant expressions) cost a bounded JVM, not the
 * grader. Arguments: the classes folder, then a file listing one source per line. Prints one line
 * per error, {@code <source>\t<line>\t<message>} (tabs and line ends in the message escaped), and
 * exits 0 when it compiled, 1 when it did not, {@value #CRASHED} when the compiler itself failed.
 */
public final class CompilerMain {

    static final int CRASHED = 3;

    private CompilerMain() {
    }

    public static void main(String[] args) {
        try {
            System.exit(compile(Path.of(args[0]), Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) ? 0 : 1);
        } catch (Throwable compilerFailure) {
            System.out.println("\t0\tthe compiler failed: " + escape(String.valueOf(compilerFailure)));
            System.exit(CRASHED);
        }
    }

    private static boolean compile(Path classesOut, List<String> sourceNames) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<Path> sources = new ArrayList<>();
            sourceNames.stream().filter(name -> !name.isBlank()).forEach(name -> sources.add(Path.of(name)));
            List<String> options = List.of("--release", "21", "-proc:none", "-encoding", "UTF-8", "-nowarn",
                    "-implicit:none", "-d", classesOut.toString(), "-sourcepath", "", "-classpath", "");
            boolean ok = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    String source = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).toString();
                    System.out.println(source + "\t" + diagnostic.getLineNumber() + "\t"
                            + escape(diagnostic.getMessage(Locale.ROOT)));
                }
            }
            return ok;
        }
    }

    static String escape(String message) {
        return message.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }

    static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
