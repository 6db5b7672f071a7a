package newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import newsdesk.web.ApiJson;
import newsdesk.answer.Answer;

/** {@code newsdesk ask "question"}: one cited answer. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Answer one question with citations.")
public final class AskCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print the answer as the HTTP API's JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quote it or not).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        try (var desk = Cli.start(common, false)) {
            Answer answer = desk.qa().ask(String.join(" ", words), null, filters.filters());
            common.out().print(json ? new ApiJson().writePretty(new ApiJson().answer(answer)) + "\n"
                    : new TextRenderer().answer(answer));
            common.out().flush();
            return 0;
        }
    }
}
