import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newsdesk.index.MinHash;
import newsdesk.index.StoryCopies;

/**
 * What finding wire copies at ingestion costs: adds every article of a corpus file (a JSON array of objects with
 * "url" and "body", e.g. MultiHop-RAG's corpus.json) to a fresh StoryCopies, three rounds (the first one JIT-cold),
 * and prints the time per article and the articles with copies.
 *
 * <pre>java -cp target/newsdesk.jar scripts/CopiesBench.java ../shared/data/multihop-rag/corpus.json</pre>
 */
public class CopiesBench {
    public static void main(String[] args) throws Exception {
        JsonNode corpus = new ObjectMapper().readTree(Files.readString(Path.of(args[0])));
        List<String[]> docs = new ArrayList<>();
        for (JsonNode n : corpus) {
            docs.add(new String[] {n.path("url").asText(), n.path("body").asText()});
        }
        for (int round = 0; round < 3; round++) {
            StoryCopies copies = new StoryCopies(MinHash.DEFAULT_THRESHOLD);
            long started = System.nanoTime();
            for (String[] doc : docs) {
                copies.add(doc[0], doc[1]);
            }
            long added = System.nanoTime() - started;
            started = System.nanoTime();
            Map<String, List<String>> groups = copies.groups();
            long grouped = System.nanoTime() - started;
            System.out.printf("round %d: %d articles added in %.1f ms (%.3f ms per article), groups in %.3f ms, "
                    + "%d articles with copies%n", round, docs.size(), added / 1e6, added / 1e6 / docs.size(),
                    grouped / 1e6, groups.size());
        }
    }
}
