package newsdesk.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import dev.langchain4j.model.input.PromptTemplate;

/**
 * The prompt files, read once at start-up from a directory users may edit (see prompts/README.md), each rendered
 * with langchain4j's {@link PromptTemplate} ({@code {{name}}} variables). A file missing from the directory, or the
 * whole directory, falls back to the copy shipped in the jar under {@code prompts/}. Loading fails, naming the file,
 * when a prompt is empty, uses a variable it does not receive, or leaves out one it needs.
 */
public final class PromptLibrary {

    public static final String ANSWER_SYSTEM = "answer-system.txt";
    public static final String ANSWER = "answer.txt";
    public static final String CONDENSE = "condense.txt";
    public static final List<String> NAMES = List.of(ANSWER_SYSTEM, ANSWER, CONDENSE);

    /** The variables each prompt receives (documented in prompts/README.md). */
    static final Map<String, List<String>> VARIABLES = Map.of(
            ANSWER_SYSTEM, List.of("today", "question", "passages", "passage_count"),
            ANSWER, List.of("today", "question", "passages", "passage_count"),
            CONDENSE, List.of("today", "question", "conversation"));
    /** Variables without which a prompt cannot do its job; for the answering pair, in either of its two files. */
    private static final Map<List<String>, List<String>> REQUIRED = Map.of(
            List.of(ANSWER_SYSTEM, ANSWER), List.of("passages", "question"),
            List.of(CONDENSE), List.of("conversation", "question"));

    private final Map<String, String> templates;
    private final Map<String, String> origins;

    private PromptLibrary(Map<String, String> templates, Map<String, String> origins) {
        this.templates = Map.copyOf(templates);
        this.origins = Map.copyOf(origins);
    }

    /** Reads every prompt from {@code dir}, or from the classpath copy when the file is not there. */
    public static PromptLibrary load(Path dir) {
        Map<String, String> templates = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        for (String name : NAMES) {
            Path file = dir == null ? null : dir.resolve(name);
            if (file != null && Files.isRegularFile(file)) {
                templates.put(name, read(file));
                origins.put(name, file.toString());
            } else {
                templates.put(name, readResource(name));
                origins.put(name, "classpath:prompts/" + name);
            }
            if (templates.get(name).isBlank()) {
                throw new IllegalArgumentException("prompt file " + origins.get(name) + " is empty");
            }
        }
        PromptLibrary library = new PromptLibrary(templates, origins);
        library.check();
        return library;
    }

    /**
     * Fails at start-up, naming the file, when an edited prompt uses a variable it does not receive (a typo such as
     * {@code {{questoin}}} would otherwise fail every answer) or leaves out one it cannot work without.
     */
    private void check() {
        for (String name : NAMES) {
            Map<String, Object> samples = new LinkedHashMap<>();
            VARIABLES.get(name).forEach(variable -> samples.put(variable, "sample " + variable));
            try {
                render(name, samples);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage() + " (the variables of " + name + " are "
                        + VARIABLES.get(name) + "; see prompts/README.md)", e);
            }
        }
        REQUIRED.forEach((names, variables) -> {
            for (String variable : variables) {
                Pattern use = Pattern.compile("\\{\\{\\s*" + variable + "\\s*}}");
                if (names.stream().noneMatch(name -> use.matcher(template(name)).find())) {
                    throw new IllegalArgumentException("prompt " + String.join(" or ", names.stream()
                            .map(this::origin).toList()) + " must use {{" + variable + "}}; see prompts/README.md");
                }
            }
        });
    }

    /** The raw template text of prompt {@code name}. */
    public String template(String name) {
        String template = templates.get(name);
        if (template == null) {
            throw new IllegalArgumentException("no prompt named " + name + "; known: " + NAMES);
        }
        return template;
    }

    /** Where prompt {@code name} was read from: a file path or {@code classpath:prompts/…}. */
    public String origin(String name) {
        template(name);
        return origins.get(name);
    }

    /**
     * Renders prompt {@code name}. Values are inserted as they are (never re-read as templates); a variable the
     * template uses but {@code variables} lacks is an error naming the file.
     */
    public String render(String name, Map<String, Object> variables) {
        try {
            return PromptTemplate.from(template(name)).apply(variables).text();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prompt " + origin(name) + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + file, e);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = PromptLibrary.class.getClassLoader().getResourceAsStream("prompts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("prompt " + name + " is neither in the prompts directory nor in "
                        + "the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt resource " + name, e);
        }
    }
}
