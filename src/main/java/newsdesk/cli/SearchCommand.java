package newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import newsdesk.web.ApiJson;
import newsdesk.retrieve.Passage;

/** {@code newsdesk search "query"}: the retrieved passages only. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Show the passages retrieved for a query.")
public final class SearchCommand implements Callable<Integer> {

    static final int DEFAULT_LIMIT = 10;

    @Mixin
    CommonOptions common;

    @Mixin
    FilterOptions filters;

    @Option(names = "--json", description = "Print {\"passages\": [...]} as the HTTP API does.")
    boolean json;

    @Option(names = {"-k", "--limit"}, paramLabel = "N",
            description = "How many passages (default: --top-k when given, else 10).")
    Integer limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The search words (quote them or not).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        int k = limit != null ? limit : common.topK != null ? common.topK : DEFAULT_LIMIT;
        try (var desk = Cli.start(common, false)) {
            List<Passage> passages = desk.qa().search(String.join(" ", words), k, filters.filters());
            common.out().print(json ? new ApiJson().writePretty(new ApiJson().passages(passages)) + "\n"
                    : new TextRenderer().passages(passages));
            common.out().flush();
            return 0;
        }
    }
}
