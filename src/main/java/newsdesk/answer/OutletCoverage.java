package newsdesk.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import newsdesk.retrieve.Passage;

/**
 * What each outlet said: one verbatim cited sentence per outlet, {@code TechCrunch: sentence [n]}, the outlets the
 * question names first (in the order it names them), then the others by their best passage's rank, at most
 * {@value #MAX_OUTLETS} outlets unless the question names more. Outlets are found among the passages' articles (the
 * retriever already ranks the chunks of named outlets early, see {@code MentionBoostRetriever}).
 */
final class OutletCoverage {

    static final int MAX_OUTLETS = 6;

    private final NewsQuotes quotes;

    OutletCoverage(NewsQuotes quotes) {
        this.quotes = quotes;
    }

    /** The grouped answer, or empty when no outlet named and fewer than two outlets have a sentence on it. */
    Optional<Answer> answer(String question, List<Passage> pool, SentenceScorer scorer, String answerer) {
        Map<String, NewsQuotes.Quote> best = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Passage passage : pool) {
            String outlet = passage.article().source();
            if (outlet == null) {
                continue;
            }
            String key = outlet.toLowerCase(Locale.ROOT);
            names.putIfAbsent(key, outlet);
            Optional<NewsQuotes.Quote> quote = quotes.best(passage, scorer);
            if (quote.isPresent() && (!best.containsKey(key) || quote.get().score() > best.get(key).score())) {
                best.put(key, quote.get());
            }
        }
        List<String> named = named(question, names.values());
        List<String> order = new ArrayList<>(named.stream().filter(best::containsKey).toList());
        for (String key : best.keySet()) {
            if (!order.contains(key) && order.size() < Math.max(MAX_OUTLETS, named.size())) {
                order.add(key);
            }
        }
        if (order.isEmpty() || (order.size() < 2 && named.isEmpty())) {
            return Optional.empty();
        }
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double confidence = 0;
        for (String key : order) {
            NewsQuotes.Quote quote = best.get(key);
            Citation citation = quote.cite(citations.size() + 1);
            citations.add(citation);
            confidence = Math.max(confidence, quote.coverage());
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(names.get(key)).append(": ").append(quote.sentence()).append(" [").append(citation.n())
                    .append(']');
        }
        return Optional.of(NewsQuotes.answer(text.toString(), citations, confidence, answerer,
                Answer.Format.OUTLETS));
    }

    /**
     * The outlets (lower-cased) among {@code outlets} that the question names, in the order it names them. An outlet
     * is named by its full name or by the part before a " - " or " | " ("The Independent" for "The Independent - Life
     * and Style"), on word boundaries, case and punctuation ignored.
     */
    static List<String> named(String question, java.util.Collection<String> outlets) {
        String text = normalise(question);
        Map<String, Integer> at = new LinkedHashMap<>();
        for (String outlet : outlets) {
            for (String name : List.of(outlet, outlet.split(" [-|] ")[0])) {
                String key = normalise(name);
                int position = text.indexOf(key);
                if (key.strip().length() >= 3 && position >= 0) {
                    at.merge(outlet.toLowerCase(Locale.ROOT), position, Math::min);
                }
            }
        }
        return at.keySet().stream().sorted(Comparator.comparingInt(at::get)).toList();
    }

    private static String normalise(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }
}
