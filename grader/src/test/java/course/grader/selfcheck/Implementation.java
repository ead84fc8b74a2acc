package course.grader.selfcheck;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * One implementation of an exercise that the self-check grades: the reference solution, the
 * skeleton, a correct alternative or a mutant. An alternative or mutant lives in
 * {@code grader/src/test/implementations/<exercise>/<name>/}: its {@code implementation.properties}
 * and the Java files it puts in place of the reference's.
 *
 * @param sources  the source folder the implementation starts from (solutions or exercises)
 * @param overlay  files replacing some of those sources, or null
 * @param mustFail for a mutant, the checks that must catch it
 */
public record Implementation(String exercise, String name, Kind kind, String description, Path sources, Path overlay,
                      Set<String> mustFail) {

    public enum Kind {
        REFERENCE, SKELETON, ALTERNATIVE, MUTANT;

        public boolean mustPassAll() {
            return this == REFERENCE || this == ALTERNATIVE;
        }
    }

    static Implementation fromFolder(String exercise, Path folder, Path referenceSources) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("implementation.properties"))) {
            properties.load(reader);
        }
        Kind kind = Kind.valueOf(properties.getProperty("kind").trim().toUpperCase());
        Set<String> mustFail = new TreeSet<>();
        Arrays.stream(properties.getProperty("mustFail", "").split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).forEach(mustFail::add);
        if (kind == Kind.MUTANT && mustFail.isEmpty()) {
            throw new IllegalStateException(folder + ": a mutant must name the checks that catch it (mustFail)");
        }
        return new Implementation(exercise, folder.getFileName().toString(), kind,
                properties.getProperty("description", ""), referenceSources, folder, Set.copyOf(mustFail));
    }

    String label() {
        return exercise + "/" + name;
    }
}
