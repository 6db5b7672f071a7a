package newsdesk.index;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.filter.Filter;

/**
 * The rows of an {@link ArrayEmbeddingStore} numbered by their metadata instance (-1: no segment), so that a langchain4j
 * {@link Filter} is tested once per instance: the chunks of one article share one. A row without a segment passes every
 * filter, as in langchain4j's {@code InMemoryEmbeddingStore}.
 */
record MetadataGroups(int[] groupOfRow, List<Metadata> metadata) {

    static MetadataGroups of(List<TextSegment> segments) {
        Map<Metadata, Integer> numbers = new IdentityHashMap<>();
        List<Metadata> metadata = new ArrayList<>();
        int[] groupOfRow = new int[segments.size()];
        for (int row = 0; row < groupOfRow.length; row++) {
            TextSegment segment = segments.get(row);
            if (segment == null) {
                groupOfRow[row] = -1;
                continue;
            }
            groupOfRow[row] = numbers.computeIfAbsent(segment.metadata(), m -> {
                metadata.add(m);
                return metadata.size() - 1;
            });
        }
        return new MetadataGroups(groupOfRow, metadata);
    }

    IntPredicate accepting(Filter filter) {
        boolean[] passes = new boolean[metadata.size()];
        for (int group = 0; group < passes.length; group++) {
            passes[group] = filter.test(metadata.get(group));
        }
        return row -> groupOfRow[row] < 0 || passes[groupOfRow[row]];
    }
}
