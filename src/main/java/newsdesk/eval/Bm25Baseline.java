package newsdesk.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import newsdesk.article.Article;

/**
 * The lexical baseline: Lucene BM25 alone (Lucene's defaults k1 = 1.2, b = 0.75) with {@link EnglishAnalyzer},
 * over the same {@link RecursiveChunks} as the naive RAG baseline. The query is the question, escaped and parsed
 * by the classic {@link QueryParser} (terms OR-ed).
 */
public final class Bm25Baseline implements SearchSystem, AutoCloseable {

    private static final String TEXT = "text";

    private final EnglishAnalyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private Bm25Baseline(EnglishAnalyzer analyzer, DirectoryReader reader) {
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Chunks the articles and indexes the chunks in memory. */
    public static Bm25Baseline index(List<Article> articles) throws IOException {
        return indexChunks(RecursiveChunks.split(articles));
    }

    static Bm25Baseline indexChunks(List<TextSegment> segments) throws IOException {
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (TextSegment segment : segments) {
                Metadata metadata = segment.metadata();
                Document doc = new Document();
                doc.add(new TextField(TEXT, segment.text(), Field.Store.YES));
                doc.add(new StoredField(RecursiveChunks.ARTICLE_ID, metadata.getString(RecursiveChunks.ARTICLE_ID)));
                String url = metadata.getString(RecursiveChunks.ARTICLE_URL);
                if (url != null) {
                    doc.add(new StoredField(RecursiveChunks.ARTICLE_URL, url));
                }
                writer.addDocument(doc);
            }
        }
        return new Bm25Baseline(analyzer, DirectoryReader.open(directory));
    }

    @Override
    public List<RetrievedChunk> search(String query, int k) {
        try {
            Query parsed = new QueryParser(TEXT, analyzer).parse(QueryParser.escape(query));
            StoredFields stored = searcher.storedFields();
            List<RetrievedChunk> chunks = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(parsed, k).scoreDocs) {
                Document doc = stored.document(hit.doc);
                chunks.add(new RetrievedChunk(doc.get(TEXT), doc.get(RecursiveChunks.ARTICLE_ID),
                        doc.get(RecursiveChunks.ARTICLE_URL), hit.score));
            }
            return chunks;
        } catch (ParseException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        analyzer.close();
    }
}
