package course.grader.compile;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
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
            JavacTask task = (JavacTask) javac.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            boolean ok = inTheirFolders(task.parse());
            if (ok) {
                task.generate();
            }
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    ok = false;
                    System.out.println(source(diagnostic.getSource()) + "\t" + diagnostic.getLineNumber() + "\t"
                            + escape(diagnostic.getMessage(Locale.ROOT)));
                }
            }
            return ok;
        }
    }

    /**
     * Whether every source declares, as javac reads it, the package of the folder it sits in
     * ({@code course/<id>/Name.java} declares {@code course.<id>}). The grader chose the sources by
     * their declarations read as text; javac reads them after unicode escapes and with its own line
     * ends, so a declaration hidden from that reading would put classes in another package (the
     * grader's) if it were compiled. Each such source is reported as an error.
     */
    private static boolean inTheirFolders(Iterable<? extends CompilationUnitTree> units) {
        boolean all = true;
        for (CompilationUnitTree unit : units) {
            Path source = Path.of(unit.getSourceFile().toUri());
            String folder = source.getParent().getParent().getFileName() + "." + source.getParent().getFileName();
            String declared = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
            if (!declared.equals(folder)) {
                all = false;
                System.out.println(source + "\t1\t" + escape("the compiler reads this file as package "
                        + (declared.isEmpty() ? "(none)" : declared) + ", but it sits in the folder of package " + folder
                        + ": write the package declaration plainly, with no unicode escapes or line breaks"
                        + " hidden in comments"));
            }
        }
        return all;
    }

    private static String source(JavaFileObject file) {
        return file == null ? "" : Path.of(file.toUri()).toString();
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
