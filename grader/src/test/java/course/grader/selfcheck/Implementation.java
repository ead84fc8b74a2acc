package course.grader.selfcheck;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
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
 * @param mustSay  for a mutant, per check, words its feedback must contain (case-insensitive): the
 *                 property {@code mustSay.<check-id>=word one|word two} asks for both
 */
public record Implementation(String exercise, String name, Kind kind, String description, Path sources, Path overlay,
                      Set<String> mustFail, Map<String, List<String>> mustSay) {

    public enum Kind {
        REFERENCE, SKELETON, ALTERNATIVE, MUTANT;

        public boolean mustPassAll() {
            return this == REFERENCE || this == ALTERNATIVE;
        }
    }

    private static final String MUST_SAY = "mustSay.";

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
        Map<String, List<String>> mustSay = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(MUST_SAY)) {
                String check = key.substring(MUST_SAY.length());
                if (!mustFail.contains(check)) {
                    throw new IllegalStateException(folder + ": " + key + " names a check that is not in mustFail");
                }
                mustSay.put(check, Arrays.stream(properties.getProperty(key).split("\\|"))
                        .map(String::trim).filter(words -> !words.isEmpty()).toList());
            }
        }
        return new Implementation(exercise, folder.getFileName().toString(), kind,
                properties.getProperty("description", ""), referenceSources, folder, Set.copyOf(mustFail),
                Map.copyOf(mustSay));
    }

    String label() {
        return exercise + "/" + name;
    }
}
