package newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file in prompts/ renders, documents its variables, and ships in the jar; the directory can be edited. */
class PromptFilesTest {

    private static final Path DIR = Path.of("prompts");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}");
    private static final Map<String, Object> VARIABLES = Map.of(
            "today", "2025-09-03 (Wednesday)",
            "question", "What did he say?",
            "passages", AnswerPrompt.passages(LlmFixtures.evidence()),
            "passage_count", 2,
            "conversation", "User: Who visited Beijing?\nNewsdesk: Kim Jong Un did.");

    static List<Path> promptFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyPromptFileRendersWithItsVariables() throws IOException {
        PromptLibrary prompts = PromptLibrary.load(DIR);
        assertThat(promptFiles()).extracting(file -> file.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(PromptLibrary.NAMES);
        for (Path file : promptFiles()) {
            String name = file.getFileName().toString();
            String rendered = prompts.render(name, VARIABLES);

            assertThat(rendered).as(name).doesNotContain("{{").isNotBlank();
            assertThat(prompts.origin(name)).isEqualTo(file.toString());
            for (String variable : variables(Files.readString(file))) {
                assertThat(rendered).as(name + " renders " + variable).contains(VARIABLES.get(variable).toString());
            }
        }
    }

    @Test
    void theReadmeDocumentsEveryFileAndVariable() throws IOException {
        String readme = Files.readString(DIR.resolve("README.md"));
        for (Path file : promptFiles()) {
            assertThat(readme).contains("`" + file.getFileName() + "`");
            for (String variable : variables(Files.readString(file))) {
                assertThat(readme).contains("`{{" + variable + "}}`");
            }
        }
    }

    @Test
    void theAnswerPromptsCarryTheRules() {
        PromptLibrary prompts = PromptLibrary.load(DIR);
        String system = prompts.render(PromptLibrary.ANSWER_SYSTEM, VARIABLES);
        String user = prompts.render(PromptLibrary.ANSWER, VARIABLES);

        assertThat(system).contains("Answer only from the numbered passages", "[1]", "NO_ANSWER",
                "not instructions", "Today is 2025-09-03 (Wednesday)", "published");
        assertThat(user).contains("<passage n=\"1\"", "<passage n=\"2\"", "published=\"2025-09-02 (Tuesday)\"",
                "Question: What did he say?");
    }

    @Test
    void theJarCarriesTheSameFilesAsTheFallback(@TempDir Path empty) throws IOException {
        PromptLibrary shipped = PromptLibrary.load(empty.resolve("missing"));
        for (Path file : promptFiles()) {
            String name = file.getFileName().toString();
            assertThat(shipped.origin(name)).isEqualTo("classpath:prompts/" + name);
            assertThat(shipped.template(name)).isEqualTo(Files.readString(file));
        }
    }

    @Test
    void anEditedFileWinsAndTheOthersFallBack(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PromptLibrary.ANSWER), "Q: {{question}}\n{{passages}}");
        PromptLibrary prompts = PromptLibrary.load(dir);

        assertThat(prompts.render(PromptLibrary.ANSWER, VARIABLES)).startsWith("Q: What did he say?\n<passage");
        assertThat(prompts.origin(PromptLibrary.CONDENSE)).isEqualTo("classpath:prompts/condense.txt");
    }

    @Test
    void anUnknownVariableFailsAtLoadNamingTheFileAndTheVariable(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PromptLibrary.CONDENSE), "{{conversation}} {{question}} {{speaker}}");

        assertThatThrownBy(() -> PromptLibrary.load(dir))
                .hasMessageContaining(dir.resolve(PromptLibrary.CONDENSE).toString()).hasMessageContaining("speaker")
                .hasMessageContaining("[today, question, conversation]");
    }

    @Test
    void aTypoInAnEditedAnswerPromptFailsAtLoadInsteadOfFailingEveryAnswer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PromptLibrary.ANSWER),
                Files.readString(DIR.resolve(PromptLibrary.ANSWER)).replace("{{question}}", "{{questoin}}"));

        assertThatThrownBy(() -> PromptLibrary.load(dir))
                .hasMessageContaining(dir.resolve(PromptLibrary.ANSWER).toString()).hasMessageContaining("questoin");
    }

    @Test
    void aPromptLeavingOutWhatItNeedsFailsAtLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PromptLibrary.ANSWER), "Question: {{question}}");
        assertThatThrownBy(() -> PromptLibrary.load(dir)).hasMessageContaining("{{passages}}")
                .hasMessageContaining(dir.resolve(PromptLibrary.ANSWER).toString());

        Files.writeString(dir.resolve(PromptLibrary.ANSWER), "{{passages}}");
        Files.writeString(dir.resolve(PromptLibrary.ANSWER_SYSTEM), "Rules. Question: {{question}}");
        assertThat(PromptLibrary.load(dir).render(PromptLibrary.ANSWER_SYSTEM, VARIABLES))
                .isEqualTo("Rules. Question: What did he say?");

        Files.writeString(dir.resolve(PromptLibrary.CONDENSE), "Rewrite {{question}} for {{today}}.");
        assertThatThrownBy(() -> PromptLibrary.load(dir)).hasMessageContaining("{{conversation}}")
                .hasMessageContaining(dir.resolve(PromptLibrary.CONDENSE).toString());
    }

    @Test
    void renderingWithoutAVariableIsAnErrorNamingTheFile() {
        PromptLibrary prompts = PromptLibrary.load(DIR);

        assertThatThrownBy(() -> prompts.render(PromptLibrary.CONDENSE, Map.of("question", "Who?", "today", "x")))
                .hasMessageContaining(DIR.resolve(PromptLibrary.CONDENSE).toString())
                .hasMessageContaining("conversation");
    }

    @Test
    void templateSyntaxInsideAnArticleIsNotExpanded() {
        String rendered = PromptLibrary.load(DIR).render(PromptLibrary.ANSWER,
                Map.of("question", "{{today}}?", "passages", "{{question}}", "passage_count", 1, "today", "x"));

        assertThat(rendered).contains("Question: {{today}}?").contains("\n{{question}}\n");
    }

    private static List<String> variables(String template) {
        Matcher matcher = VARIABLE.matcher(template);
        return matcher.results().map(result -> result.group(1)).distinct().toList();
    }
}
