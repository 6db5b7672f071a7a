package newsdesk.eval;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/** The flags of {@code newsdesk bench}: the corpus and questions, how much to sample and time, where to write. */
final class BenchOptions {

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Articles: a file or folder Newsdesk can read (MultiHop-RAG corpus.json among them).")
    Path corpus;

    @Option(names = "--queries", paramLabel = "FILE", description = "Questions (MultiHop-RAG JSON or Newsdesk "
            + "JSONL) for the answer path and search queries (default: the corpus's article titles).")
    Path queries;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "12",
            description = "Articles, spread over the corpus, ingested for throughput and replicated into the "
                    + "synthetic corpora (default: ${DEFAULT-VALUE}, a few hundred chunks of news).")
    int articles;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "Rounds of raw model, pipeline and pipeline with snapshot, in turn; the fastest of each is "
                    + "kept, so a burst of load on a shared machine skews less (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,10000,100000",
            description = "Synthetic corpus and store sizes in chunks (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--searches", paramLabel = "N", defaultValue = "200",
            description = "Timed questions and searches per size (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "-k", paramLabel = "K", defaultValue = "10",
            description = "Results per vector search and per baseline retrieval (default: 10).")
    int k;

    @Option(names = "--out", paramLabel = "DIR", description = "Write bench.json and bench.md here.")
    Path out;
}
