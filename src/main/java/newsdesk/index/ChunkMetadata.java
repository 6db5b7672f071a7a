package newsdesk.index;

import java.util.Collection;
import java.util.Locale;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsGreaterThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.comparison.IsLessThanOrEqualTo;
import dev.langchain4j.store.embedding.filter.logical.And;

import newsdesk.article.Article;
import newsdesk.article.Filters;

/**
 * The langchain4j metadata of a chunk in the corpus's vector store ({@link Corpus#vectorStore}), one instance per
 * article: its id, its outlet lower-cased and its publication day (epoch day), each absent when unknown; and
 * {@link Filters} as the langchain4j {@link Filter} over it that accepts exactly the articles {@link Filters#accepts}
 * does. The filters are langchain4j's own comparison types (a store may translate them), testing our metadata without
 * the copy of the whole metadata map that langchain4j's {@code test} makes per call ({@code Metadata.toMap}).
 */
public final class ChunkMetadata {

    public static final String ARTICLE_ID = "article_id";
    public static final String SOURCE = "source";
    public static final String DAY = "published_day";

    private ChunkMetadata() {
    }

    public static Metadata of(Article article) {
        Metadata metadata = new Metadata().put(ARTICLE_ID, article.id());
        if (article.source() != null) {
            metadata.put(SOURCE, article.source().toLowerCase(Locale.ROOT));
        }
        if (article.publishedAt() != null) {
            metadata.put(DAY, article.publishedAt().toLocalDate().toEpochDay());
        }
        return metadata;
    }

    /** The filter accepting what {@code filters} accepts; {@code null} when it accepts everything. */
    public static Filter filter(Filters filters) {
        Filter filter = null;
        if (!filters.sources().isEmpty()) {
            filter = new SourceIn(filters.sources());
        }
        if (filters.from() != null) {
            filter = and(filter, new DayFrom(filters.from().toEpochDay()));
        }
        if (filters.to() != null) {
            filter = and(filter, new DayTo(filters.to().toEpochDay()));
        }
        return filter;
    }

    /** {@link IsIn} on the outlet: a string, or absent (then false, as langchain4j decides). */
    private static final class SourceIn extends IsIn {
        SourceIn(Collection<String> sources) {
            super(SOURCE, sources);
        }

        @Override
        public boolean test(Object object) {
            if (!(object instanceof Metadata metadata)) {
                return false;
            }
            String source = metadata.getString(SOURCE);
            return source != null && comparisonValues().contains(source);
        }
    }

    /** {@link IsGreaterThanOrEqualTo} on the day: a long, or absent (then false, as langchain4j decides). */
    private static final class DayFrom extends IsGreaterThanOrEqualTo {
        private final long from;

        DayFrom(long from) {
            super(DAY, from);
            this.from = from;
        }

        @Override
        public boolean test(Object object) {
            Long day = day(object);
            return day != null && day >= from;
        }
    }

    /** {@link IsLessThanOrEqualTo} on the day: a long, or absent (then false, as langchain4j decides). */
    private static final class DayTo extends IsLessThanOrEqualTo {
        private final long to;

        DayTo(long to) {
            super(DAY, to);
            this.to = to;
        }

        @Override
        public boolean test(Object object) {
            Long day = day(object);
            return day != null && day <= to;
        }
    }

    /** The day of a chunk's metadata, or null when it has none (or is not metadata). */
    private static Long day(Object object) {
        return object instanceof Metadata metadata ? metadata.getLong(DAY) : null;
    }

    private static Filter and(Filter left, Filter right) {
        return left == null ? right : new And(left, right);
    }
}
