package newsdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import newsdesk.article.Article;
import newsdesk.chunk.Chunk;
import newsdesk.article.Filters;

/**
 * BM25 over chunks with Lucene: the chunk text, its article's title and outlet are indexed with the
 * {@link EnglishAnalyzer} (stop words, possessives, Porter stemming). BM25 parameters are Lucene's defaults
 * (k1 = 1.2, b = 0.75). One writer; searchers are point-in-time views handed out by {@link #refresh()}.
 */
public final class LexicalIndex implements AutoCloseable {

    /** Boosts of the title and outlet fields relative to the text (the title repeats on every chunk). */
    public static final float TITLE_BOOST = 0.5f;
    public static final float SOURCE_BOOST = 0.5f;
    private static final int MAX_QUERY_TERMS = 300;

    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String SOURCE = "source";
    static final String SOURCE_KEY = "source_key";
    static final String DAY = "day";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private DirectoryReader reader;

    public LexicalIndex() {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            writer = new IndexWriter(new ByteBuffersDirectory(), config);
            reader = DirectoryReader.open(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void add(Article article, List<Chunk> chunks) {
        try {
            for (Chunk chunk : chunks) {
                Document doc = new Document();
                doc.add(new StringField(ID, chunk.id(), Field.Store.YES));
                doc.add(new StringField(ARTICLE, article.id(), Field.Store.NO));
                doc.add(new TextField(TEXT, chunk.text(), Field.Store.NO));
                doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
                if (article.source() != null) {
                    doc.add(new TextField(SOURCE, article.source(), Field.Store.NO));
                    doc.add(new StringField(SOURCE_KEY, article.source().toLowerCase(Locale.ROOT), Field.Store.NO));
                }
                if (article.publishedAt() != null) {
                    doc.add(new LongPoint(DAY, article.publishedAt().toLocalDate().toEpochDay()));
                }
                writer.addDocument(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(Collection<String> articleIds) {
        try {
            for (String id : articleIds) {
                writer.deleteDocuments(new Term(ARTICLE, id));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A searcher that sees every change made so far and nothing made later. */
    public IndexSearcher refresh() {
        try {
            DirectoryReader changed = DirectoryReader.openIfChanged(reader, writer);
            if (changed != null) {
                reader = changed;
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct analysed terms of {@code text}, in order of first appearance. */
    public List<String> analyze(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(terms);
    }

    /** Builds the BM25 query for {@code text} under {@code filters}; {@code null} when no term survives analysis. */
    public Query query(String text, Filters filters) {
        return query(analyze(text), filters);
    }

    /** The BM25 query for terms {@link #analyze} gave, under {@code filters}; {@code null} when there are none. */
    public Query query(List<String> terms, Filters filters) {
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        for (String term : terms.subList(0, Math.min(terms.size(), MAX_QUERY_TERMS))) {
            should.add(new TermQuery(new Term(TEXT, term)), BooleanClause.Occur.SHOULD);
            should.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), BooleanClause.Occur.SHOULD);
            should.add(new BoostQuery(new TermQuery(new Term(SOURCE, term)), SOURCE_BOOST), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(should.build(), BooleanClause.Occur.MUST);
        if (!filters.sources().isEmpty()) {
            List<BytesRef> keys = filters.sources().stream().map(BytesRef::new).toList();
            query.add(new TermInSetQuery(SOURCE_KEY, keys), BooleanClause.Occur.FILTER);
        }
        if (filters.from() != null || filters.to() != null) {
            long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
            long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** Chunk ids and BM25 scores of the best {@code k} chunks, best first. */
    public static List<ScoredId> search(IndexSearcher searcher, Query query, int k) {
        if (query == null || k < 1) {
            return List.of();
        }
        try {
            ScoreDoc[] docs = searcher.search(query, k).scoreDocs;
            List<ScoredId> hits = new ArrayList<>(docs.length);
            var stored = searcher.storedFields();
            for (ScoreDoc doc : docs) {
                hits.add(new ScoredId(stored.document(doc.doc).get(ID), doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chunk id stored with each document of {@code searcher} ({@code null} for deleted documents). */
    static String[] chunkIds(IndexSearcher searcher) {
        try {
            var reader = searcher.getIndexReader();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            var stored = searcher.storedFields();
            String[] ids = new String[reader.maxDoc()];
            for (int doc = 0; doc < ids.length; doc++) {
                if (live == null || live.get(doc)) {
                    ids[doc] = stored.document(doc, java.util.Set.of(ID)).get(ID);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BM25's inverse document frequency of an analysed term in the chunk texts seen by {@code searcher}. */
    public static double idf(IndexSearcher searcher, String term) {
        try {
            int docs = Math.max(1, searcher.getIndexReader().numDocs());
            int df = searcher.getIndexReader().docFreq(new Term(TEXT, term));
            return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether any chunk's text, title or outlet seen by {@code searcher} holds the analysed term. */
    public static boolean mentions(IndexSearcher searcher, String term) {
        try {
            var reader = searcher.getIndexReader();
            return reader.docFreq(new Term(TEXT, term)) > 0 || reader.docFreq(new Term(TITLE, term)) > 0
                    || reader.docFreq(new Term(SOURCE, term)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        writer.close();
    }

    /** A chunk id with its score. */
    public record ScoredId(String chunkId, double score) {
    }
}
