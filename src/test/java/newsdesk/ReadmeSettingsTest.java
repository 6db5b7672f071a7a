package newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The configuration table (docs/configuration.md, linked from the README) is the documentation of {@link Settings}:
 * same variables, same order, same defaults, same meanings; and no page documents a {@code NEWSDESK_*} variable that
 * the code does not read.
 */
class ReadmeSettingsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(NEWSDESK_[A-Z0-9_]+)` \\| `([^`]*)` \\| (.*) \\|$");
    private static final Pattern VARIABLE = Pattern.compile("NEWSDESK_[A-Z0-9_]*[A-Z0-9]");

    @Test
    void theConfigurationTableListsEverySettingWithItsDefault() throws IOException {
        String page = Files.readString(Path.of("docs/configuration.md"));
        assertThat(Files.readString(Path.of("README.md"))).contains("(docs/configuration.md)");
        String section = page.substring(page.indexOf("\n| variable | default | meaning |\n"));
        List<String> documented = new ArrayList<>();
        for (String line : section.lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                documented.add(row.group(1) + " = " + row.group(2) + " : " + row.group(3));
            }
        }
        List<String> knobs = new ArrayList<>();
        Settings.KNOBS.forEach((name, meta) -> knobs.add(name + " = " + meta[0] + " : " + meta[1]));
        assertThat(documented).containsExactlyElementsOf(knobs);
    }

    @Test
    void everyDocumentedVariableIsReadByTheCode() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = Pattern.compile("\"(NEWSDESK_[A-Z0-9_]+)\"").matcher(Files.readString(file));
                while (literal.find()) {
                    read.add(literal.group(1));
                }
            }
        }
        assertThat(read).containsAll(Settings.KNOBS.keySet());
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("Dockerfile")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(f -> f.toString().endsWith(".md")).forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher mention = VARIABLE.matcher(Files.readString(page));
            while (mention.find()) {
                assertThat(read).as("%s mentions %s", page, mention.group()).contains(mention.group());
            }
        }
    }
}
