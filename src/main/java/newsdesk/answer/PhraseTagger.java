package newsdesk.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.chunker.ChunkSample;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.TokenTag;

/**
 * Part-of-speech tags and phrase chunks of a sentence ({@link Phrases}), from the OpenNLP 1.5 English maximum-entropy
 * models (Penn Treebank tags; chunker trained on CoNLL-2000), loaded once per JVM and shared: the models are
 * thread-safe, the tagger and chunker instances are not, so each call borrows a decoder from a pool. Results are kept
 * in a bounded least-recently-used cache keyed by the sentence text, so a sentence read by several questions is
 * tagged once. Tags are decoded as {@link POSTaggerME} does (beam 3); chunks with a beam of {@value #CHUNK_BEAM}
 * instead of {@code ChunkerME}'s 10, which costs 0.5 instead of 1.3 ms for a 21-token sentence and gives the same
 * chunks for 99.3 % of 3,000 news sentences (docs/benchmarks.md, "Session 7: tagging cost"). The one place tags are
 * made: keeping them at ingestion later is a change to this class only.
 */
public final class PhraseTagger {

    public static final int DEFAULT_CACHE_SIZE = 4096;
    /** Candidate chunk sequences kept while decoding (OpenNLP's {@code ChunkerME} keeps 10). */
    public static final int CHUNK_BEAM = 3;
    /**
     * Penn-style tokens: numbers with their separators ("5,000", "7.4"), words with inner hyphens, apostrophes,
     * periods and ampersands ("Bankman-Fried", "U.S", "AT&T"), the possessive and "n't" as tokens of their own, any
     * other character alone.
     */
    private static final Pattern TOKEN = Pattern.compile("(?>\\d+(?:[.,:]\\d+)*)(?![\\p{L}])|n['’]t\\b|['’]s\\b"
            + "|[\\p{L}\\p{N}]+?(?=n['’]t\\b)|[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*(?=['’]s\\b)"
            + "|[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*|\\S");

    private final ConcurrentLinkedQueue<Decoder> pool = new ConcurrentLinkedQueue<>();
    private final SentenceMemo<Phrases> cache;
    private volatile boolean loaded;

    public PhraseTagger() {
        this(DEFAULT_CACHE_SIZE);
    }

    public PhraseTagger(int cacheSize) {
        this.cache = new SentenceMemo<>(cacheSize);
    }

    /**
     * Reads the models (0.6–0.7 s of CPU, once per JVM) and readies a decoder, so that the first question does not
     * wait for them. Safe to call from any thread, more than once.
     */
    public void load() {
        if (!loaded) {
            pool.offer(Decoder.create());
            loaded = true;
        }
    }

    /** Starts {@link #load()} on a daemon thread of its own; the future completes once the models are read. */
    public CompletableFuture<Void> loadInBackground() {
        return CompletableFuture.runAsync(this::load, runnable -> {
            Thread thread = new Thread(runnable, "answer-models");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Whether the models are read and this tagger has a decoder ({@link #load()} or a sentence tagged). */
    public boolean loaded() {
        return loaded;
    }

    /** The tags and chunks of {@code sentence}. */
    Phrases of(String sentence) {
        Phrases known = cache.get(sentence);
        if (known != null) {
            return known;
        }
        Phrases phrases = tag(sentence);
        cache.put(sentence, phrases);
        return phrases;
    }

    private Phrases tag(String sentence) {
        List<int[]> offsets = tokens(sentence);
        String[] words = new String[offsets.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = normalised(sentence.substring(offsets.get(i)[0], offsets.get(i)[1]));
        }
        Decoder decoder = pool.poll();
        if (decoder == null) {
            decoder = Decoder.create();
            loaded = true;
        }
        String[] tags;
        Span[] spans;
        try {
            tags = decoder.tagger().tag(words);
            spans = decoder.chunk(words, tags);
        } finally {
            pool.offer(decoder);
        }
        List<Phrases.Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Phrases.Token(offsets.get(i)[0], offsets.get(i)[1], tags[i]));
        }
        List<Phrases.Chunk> chunks = new ArrayList<>();
        for (Span span : spans) {
            chunks.add(new Phrases.Chunk(span.getType(), span.getStart(), span.getEnd()));
        }
        return new Phrases(sentence, tokens, chunks);
    }

    /** Token offsets [start, end) of {@code sentence}. */
    static List<int[]> tokens(String sentence) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        return tokens;
    }

    /** The token as the models were trained to see it: straight apostrophes, Penn quotes. */
    private static String normalised(String token) {
        return switch (token) {
            case "“" -> "``";
            case "”" -> "''";
            case "\"" -> "''";
            default -> token.replace('’', '\'');
        };
    }

    /**
     * A tagger and a chunk decoder for one thread at a time: the chunker as {@code ChunkerME} decodes (the model's own
     * context generator and sequence validator) with a beam of {@link #CHUNK_BEAM}.
     */
    private record Decoder(POSTaggerME tagger, BeamSearch chunker, ChunkerContextGenerator context,
                           SequenceValidator<TokenTag> valid) {

        static Decoder create() {
            return new Decoder(new POSTaggerME(Models.POS, POSTagFormat.PENN),
                    new BeamSearch(CHUNK_BEAM, (MaxentModel) Models.CHUNK.getArtifact("chunker.model")),
                    Models.CHUNK.getFactory().getContextGenerator(), Models.CHUNK.getFactory().getSequenceValidator());
        }

        Span[] chunk(String[] words, String[] tags) {
            List<String> outcomes = chunker.bestSequence(TokenTag.create(words, tags), null, context, valid)
                    .getOutcomes();
            return ChunkSample.phrasesAsSpanList(words, tags, outcomes.toArray(new String[0]));
        }
    }

    /** The shared models, read from the classpath on first use (initialisation-on-demand holder). */
    private static final class Models {

        static final POSModel POS = load("/en-pos-maxent.bin", POSModel.class);
        static final ChunkerModel CHUNK = load("/en-chunker.bin", ChunkerModel.class);

        private static <T> T load(String resource, Class<T> type) {
            try (InputStream in = PhraseTagger.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
                }
                Object model = type == POSModel.class ? new POSModel(in) : new ChunkerModel(in);
                return type.cast(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
