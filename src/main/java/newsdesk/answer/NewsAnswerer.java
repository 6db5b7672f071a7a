package newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.retrieve.Passage;

/**
 * News-native answers around another answerer (the decorator Newsdesk wires around the default one): each story is
 * cited once with the outlets that also carried it ({@link CopyFolding}); by the question's {@link NewsIntent}, the
 * latest state of a story ({@link Freshness}), how it unfolded ({@link Timeline}) or what each outlet said
 * ({@link OutletCoverage}); a question naming dates ("in October", "before November 5") only reads articles
 * published then ({@link DateWindow}), when any are among the passages.
 *
 * <p>For those questions it asks for a pool of {@value #POOL} passages on the question's topic; a question of no
 * news intent and no date is retrieved and answered as the inner answerer would, except for copies. Timelines and
 * outlet groups come whole (citations, then the text); the inner answerer's stream passes through otherwise, the
 * "also reported by" line arriving as a last increment. Every quoted sentence stays verbatim and cited.
 */
public final class NewsAnswerer implements Answerer {

    /** Passages retrieved for a news question (within {@code QaService.MAX_TOP_K}). */
    public static final int POOL = 30;

    /**
     * What the news layouts read with: the sentence splitter and the analyser and IDF the extractive answerer
     * scores with, the copies of an article's story, and the number of passages an ordinary answer reads.
     */
    public record Tools(SentenceSplitter splitter, Function<String, List<String>> analyzer,
                        ToDoubleFunction<String> idf, Function<String, List<Article>> copies, int passages) {
    }

    private final Answerer inner;
    private final Tools tools;
    private final CopyFolding folding;
    private final Timeline timeline;
    private final OutletCoverage outlets;

    public NewsAnswerer(Answerer inner, Tools tools) {
        this.inner = inner;
        this.tools = tools;
        this.folding = new CopyFolding(tools.copies());
        NewsQuotes quotes = new NewsQuotes(tools.splitter());
        this.timeline = new Timeline(quotes, tools.copies());
        this.outlets = new OutletCoverage(quotes);
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Retrieval retrieval(String question, int passages) {
        if (NewsIntent.of(question) == NewsIntent.NONE && DateWindow.of(question).isEmpty()) {
            return inner.retrieval(question, passages);
        }
        return new Retrieval(NewsIntent.topic(question), Math.max(POOL, passages));
    }

    @Override
    public Answer answer(String question, List<Passage> evidence, AnswerListener listener) {
        NewsIntent intent = NewsIntent.of(question);
        List<Passage> pool = folding.distinct(evidence);
        Optional<DateWindow> window = DateWindow.of(question);
        if (window.isPresent()) {
            List<Passage> dated = pool.stream().filter(p -> p.article().publishedAt() != null
                    && window.get().accepts(p.article().publishedAt().toLocalDate())).toList();
            pool = dated.isEmpty() ? pool : ranked(dated);
        }
        if (intent == NewsIntent.NONE) {
            return plain(question, pool, window.isPresent(), listener);
        }
        SentenceScorer scorer = new SentenceScorer(NewsIntent.topic(question), tools.analyzer(), tools.idf());
        Optional<Answer> laid = switch (intent) {
            case TIMELINE -> timeline.answer(pool, scorer, name());
            case COVERAGE -> outlets.answer(question, pool, scorer, name());
            default -> Optional.empty();
        };
        if (laid.isPresent()) {
            return whole(withCopies(laid.get()), listener);
        }
        if (intent == NewsIntent.LATEST) {
            Freshness.Reading reading = Freshness.read(pool, text -> scorer.coverage(scorer.terms(text)));
            List<Passage> fresh = reading.passages();
            AnswerListener signals = signalsOnly(listener);
            Answer answer = inner.answer(question, fresh.subList(0, Math.min(fresh.size(), Freshness.RELEVANT)),
                    signals);
            if (answer.abstained()) {
                // The newest passages alone may be too far from the question: read them in rank order instead.
                answer = inner.answer(question, pool.subList(0, Math.min(pool.size(), Freshness.RELEVANT)),
                        signals);
            }
            return whole(withCopies(Freshness.asOf(answer, reading.relevant(), tools.copies())), listener);
        }
        return plain(question, pool, true, listener);
    }

    /**
     * The inner answer over the pool (its first {@code tools.passages()} when the search was enlarged for a news
     * question or a date window), with copies folded in. A question with no news intent needs no scorer of its topic.
     */
    private Answer plain(String question, List<Passage> pool, boolean enlarged, AnswerListener listener) {
        List<Passage> read = enlarged ? pool.subList(0, Math.min(pool.size(), tools.passages())) : pool;
        Answer answer = inner.answer(question, read, listener);
        if (answer.abstained()) {
            return answer;
        }
        List<Citation> citations = folding.withCopies(answer.citations());
        String also = CopyFolding.alsoReported(citations);
        if (!also.isEmpty()) {
            listener.onText(also);
        }
        return with(answer, answer.text() + also, citations);
    }

    private Answer withCopies(Answer answer) {
        if (answer.abstained()) {
            return answer;
        }
        List<Citation> citations = folding.withCopies(answer.citations());
        return with(answer, answer.text() + CopyFolding.alsoReported(citations), citations);
    }

    private static Answer whole(Answer answer, AnswerListener listener) {
        if (!answer.citations().isEmpty()) {
            listener.onCitations(answer.citations());
        }
        if (!answer.direct().isEmpty()) {
            listener.onDirect(answer.direct());
        }
        listener.onText(answer.text());
        return answer;
    }

    private static Answer with(Answer a, String text, List<Citation> citations) {
        return new Answer(text, a.abstained(), citations, a.closest(), a.answerer(), a.confidence(),
                a.conversationId(), a.timingsMs(), a.direct(), a.id(), a.format());
    }

    /** The passages ranked again from 1 in their list order. */
    static List<Passage> ranked(List<Passage> passages) {
        List<Passage> out = new ArrayList<>();
        for (Passage p : passages) {
            out.add(new Passage(out.size() + 1, p.score(), p.article(), p.chunkId(), p.text(), p.start(), p.end(),
                    p.similarity()));
        }
        return out;
    }

    /**
     * Passes on only {@link AnswerListener#onSignals} and {@link AnswerListener#onCandidates}: an answer that is
     * rewritten before it is shown.
     */
    private static AnswerListener signalsOnly(AnswerListener listener) {
        return new AnswerListener() {
            @Override
            public void onSignals(AnswerSignals signals) {
                listener.onSignals(signals);
            }

            @Override
            public boolean wantsSignals() {
                return listener.wantsSignals();
            }

            @Override
            public void onCandidates(List<SentenceFeatures> candidates) {
                listener.onCandidates(candidates);
            }

            @Override
            public boolean wantsCandidates() {
                return listener.wantsCandidates();
            }
        };
    }
}
