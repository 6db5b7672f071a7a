package newsdesk;

import java.time.Clock;

import newsdesk.answer.Answerer;
import newsdesk.answer.EmbeddedSentenceSimilarity;
import newsdesk.answer.ExtractiveAnswerer;
import newsdesk.answer.FollowUpCondenser;
import newsdesk.answer.LearnedAbstention;
import newsdesk.answer.SentenceRanker;
import newsdesk.answer.LlmAnswerer;
import newsdesk.answer.LlmClient;
import newsdesk.answer.NewsAnswerer;
import newsdesk.answer.PhraseTagger;
import newsdesk.answer.PromptLibrary;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.embed.Embedder;
import newsdesk.index.LexicalIndex;
import newsdesk.qa.FollowUpResolver;
import newsdesk.qa.FollowUps;
import newsdesk.retrieve.ArticleStore;

/**
 * The answering half of the composition root: the extractive answerer, the LLM answerer over it when one is
 * configured (its client is {@code llm}, else null), both behind the news answerer, and how follow-ups are resolved.
 * Only {@link Newsdesk} calls {@link #create}.
 */
record Answering(Answerer answerer, FollowUpResolver followUps, LlmClient llm) {

    /** Sentence vectors remembered by the semantic blend: 20,000 × 384 floats, about 31 MB. */
    static final int SENTENCE_MEMO = 20_000;

    static Answering create(Settings settings, Clock clock, Embedder embedder, LexicalIndex lexical,
                            ArticleStore articles, PhraseTagger tagger) {
        SentenceSplitter splitter = new SentenceSplitter();
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(splitter, lexical::analyze, articles::idf, articles::mentions,
                settings.minConfidence(), Double.isNaN(settings.minSimilarity()) ? embedder.unrelatedBelow()
                        : settings.minSimilarity(), settings.maxSentences(), tagger,
                settings.sentenceVectors() ? new EmbeddedSentenceSimilarity(embedder, SENTENCE_MEMO) : null);
        if (settings.learnedAbstention()) {
            extractive = extractive.abstainingBy(LearnedAbstention.fitted());
        }
        if (settings.learnedRanking()) {
            extractive = extractive.rankingBy(SentenceRanker.fitted());
        }
        ArticleStore store = articles;
        Answerer answerer = new NewsAnswerer(extractive, new NewsAnswerer.Tools(splitter, lexical::analyze,
                articles::idf, store::copies, settings.topK()));
        if (!settings.llm().enabled()) {
            return new Answering(answerer, new FollowUps(), null);
        }
        PromptLibrary prompts = PromptLibrary.load(settings.llm().promptsDir());
        LlmClient llm = LlmClient.create(settings.llm(), clock);
        answerer = new NewsAnswerer(new LlmAnswerer(llm, prompts, clock, extractive), new NewsAnswerer.Tools(
                splitter, lexical::analyze, articles::idf, store::copies, settings.topK()));
        FollowUpCondenser condenser = new FollowUpCondenser(llm, prompts, clock);
        FollowUpResolver followUps = (question, turns) -> {
            String standalone = condenser.condense(question, turns);
            return new FollowUpResolver.Resolved(standalone, standalone);
        };
        return new Answering(answerer, followUps, llm);
    }
}
