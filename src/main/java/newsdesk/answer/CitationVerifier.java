package newsdesk.answer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.article.Article;
import newsdesk.chunk.SentenceSplitter;
import newsdesk.chunk.Span;
import newsdesk.retrieve.Passage;

/**
 * Checks one generated answer, sentence by sentence, against the numbered passages it was given, and builds the
 * citations for what survives. One instance per answer; not thread-safe.
 *
 * <p>A sentence is kept only when all of these hold, otherwise it is dropped whole:
 * <ul>
 *   <li>after removing markers {@code [n]} that name no given passage, or a passage sharing no content word with
 *       the sentence, at least one marker remains;</li>
 *   <li>at least {@link #MIN_SUPPORT} of its content words occur in the quotable sentences of the passages it
 *       cites (sentences carrying instructions, links or marker-like text support nothing, so a planted request
 *       paraphrased by the model finds no support);</li>
 *   <li>every URL or domain in it is part of the address of an article it cites (article text may contain planted
 *       links, so links from passage text are never passed on);</li>
 *   <li>it does not talk about instructions, prompts or the assistant itself, and repeats no run of
 *       {@link #LEAK_SHINGLE} words from the prompt's own instructions that the passages don't contain.</li>
 * </ul>
 * A kept sentence is returned without its markers, followed by the numbers of its citations ({@code "… [1][2]"}).
 * Each cited passage contributes the sentence of its article that best matches the generated sentence (most shared
 * content words), quoted verbatim with offsets into the article body; citations are numbered by first appearance.
 * Article sentences that talk about instructions, contain links or look like markers are never chosen as quotes; a
 * passage with no other sentence cannot be cited.
 */
final class CitationVerifier {

    /** Share of a sentence's content words that must occur in the passages it cites (a lenient paraphrase floor). */
    static final double MIN_SUPPORT = 0.2;
    /** Word n-gram length for spotting copied prompt text. */
    static final int LEAK_SHINGLE = 5;

    static final Pattern MARKER = Pattern.compile("\\s*\\[\\s*(\\d+(?:\\s*[,;–-]\\s*\\d+)*)\\s*]");
    /**
     * Links in any form a reader could follow: any scheme ({@code https://}, {@code hxxp://}), {@code www.}, an IPv4
     * address, or a host name ending in a top-level domain of letters ({@code evil.example}, {@code scam.shop/free});
     * the label before the domain has two characters at least, so "U.S." and "a.m." are not links.
     */
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b[a-z][a-z0-9+.-]{0,15}://[^\\s<>\"'\\])]+"
                    + "|\\bwww\\.[^\\s<>\"'\\])]+"
                    + "|\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b(?::\\d+)?(?:/[^\\s<>\"'\\])]*)?"
                    + "|\\b(?:[a-z0-9-]+\\.)*[a-z0-9][a-z0-9-]+\\.[a-z]{2,24}\\b(?:/[^\\s<>\"'\\])]*)?");
    /** Talk about prompts or the assistant itself; narrow on purpose, since news often says "new rules". */
    private static final Pattern INSTRUCTION_TALK = Pattern.compile("(?i)"
            + "\\b(?:ignore|disregard|forget|override|bypass)\\b[^.!?]{0,40}\\b(?:instructions?|prompts?)\\b"
            + "|\\b(?:system|developer)\\s+(?:prompt|message|instructions?)\\b"
            + "|\\b(?:hidden|initial|secret|original)\\s+(?:prompt|instructions)\\b"
            + "|\\b(?:my|your)\\s+(?:instructions|prompt|rules|guidelines|directives)\\b"
            + "|\\b(?:previous|prior|above|earlier)\\s+(?:instructions|prompts)\\b"
            + "|\\bas an? (?:ai|assistant|language model|llm)(?: language model)?\\s*,"
            + "|\\b(?:i am|i'm)\\s+(?:an? )?(?:ai|assistant|language model|chatbot)\\b"
            + "|\\b(?:i was|i have been|i've been)\\s+(?:instructed|programmed)\\b");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]+|\\d+[.)])\\s+");
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private final List<Passage> passages;
    /** Per passage: the spans of its quotable sentences, and their content words (the only admissible support). */
    private final List<List<Span>> sentenceSpans = new ArrayList<>();
    private final List<Set<String>> passageWords = new ArrayList<>();
    private final Set<String> promptShingles;
    private final Map<String, Citation> citations = new LinkedHashMap<>();
    private final Set<String> evidenceShingles = new HashSet<>();

    /**
     * @param passages   the evidence, numbered 1.. in this order in the prompt
     * @param promptText the instructions the model was given (never to be repeated)
     */
    CitationVerifier(List<Passage> passages, String promptText) {
        this.passages = List.copyOf(passages);
        for (Passage passage : this.passages) {
            List<Span> quotable = new ArrayList<>();
            Set<String> words = new HashSet<>();
            for (Span span : SPLITTER.split(passage.text())) {
                String sentence = span.of(passage.text());
                if (quotable(sentence)) {
                    quotable.add(span);
                    words.addAll(LlmWords.content(sentence));
                }
            }
            sentenceSpans.add(quotable);
            passageWords.add(words);
            evidenceShingles.addAll(LlmWords.shingles(passage.text(), LEAK_SHINGLE));
        }
        this.promptShingles = LlmWords.shingles(promptText, LEAK_SHINGLE);
    }

    /** The sentence ready to show, with renumbered markers, or empty when it must be dropped. */
    Optional<String> check(String sentence) {
        String body = BULLET.matcher(MARKER.matcher(sentence).replaceAll("").strip()).replaceFirst("")
                .replaceAll("\\s+", " ").strip();
        Set<String> content = LlmWords.content(body);
        if (content.isEmpty() || talksAboutInstructions(body) || leaksPrompt(body)) {
            return Optional.empty();
        }
        Set<Integer> cited = new LinkedHashSet<>();
        Set<String> support = new HashSet<>();
        for (int n : markers(sentence)) {
            if (n >= 1 && n <= passages.size()) {
                Set<String> words = passageWords.get(n - 1);
                if (words.stream().anyMatch(content::contains)) {
                    cited.add(n);
                    support.addAll(words);
                }
            }
        }
        if (cited.isEmpty() || supported(content, support) < MIN_SUPPORT || !linksAllowed(body, cited)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(body).append(' ');
        Set<Integer> numbers = new LinkedHashSet<>();
        for (int n : cited) {
            citeBestSentence(n, content).ifPresent(numbers::add);
        }
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        numbers.forEach(number -> text.append('[').append(number).append(']'));
        return Optional.of(text.toString());
    }

    /** The citations of every sentence kept so far, in number order. */
    List<Citation> citations() {
        return List.copyOf(citations.values());
    }

    static boolean talksAboutInstructions(String text) {
        return INSTRUCTION_TALK.matcher(text).find();
    }

    static List<Integer> markers(String sentence) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = MARKER.matcher(sentence);
        while (matcher.find()) {
            for (String part : matcher.group(1).split("\\s*[,;]\\s*")) {
                String[] range = part.split("\\s*[–-]\\s*");
                int first = parse(range[0]);
                int last = range.length > 1 ? parse(range[1]) : first;
                for (int n = first; n <= last && n - first < 10; n++) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }

    private boolean leaksPrompt(String body) {
        for (String shingle : LlmWords.shingles(body, LEAK_SHINGLE)) {
            if (promptShingles.contains(shingle) && !evidenceShingles.contains(shingle)) {
                return true;
            }
        }
        return false;
    }

    private boolean linksAllowed(String body, Set<Integer> cited) {
        Matcher matcher = URL.matcher(body);
        while (matcher.find()) {
            String link = matcher.group().toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "")
                    .replaceFirst("^[a-z]+://", "");
            boolean ownAddress = cited.stream().map(n -> passages.get(n - 1).article().url())
                    .anyMatch(url -> pointsInto(link, url));
            if (!ownAddress) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code link} (scheme removed) names the cited article's own address: the same host, or a domain the host
     * belongs to ({@code wsj.com} for {@code www.wsj.com}, never {@code sj.com}), and a path the article's starts with.
     */
    static boolean pointsInto(String link, String articleUrl) {
        URI article;
        try {
            article = articleUrl == null ? null : new URI(articleUrl.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        if (article == null || article.getHost() == null) {
            return false;
        }
        int end = link.length();
        for (char stop : new char[] {'/', '?', '#', ':'}) {
            int at = link.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String host = link.substring(0, end);
        String articleHost = article.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || !articleHost.equals(host) && !articleHost.endsWith("." + host)) {
            return false;
        }
        int pathAt = link.indexOf('/');
        String path = pathAt < 0 ? "" : link.substring(pathAt);
        String articlePath = article.getRawPath() == null ? "" : article.getRawPath().toLowerCase(Locale.ROOT);
        return path.isEmpty() || articlePath.startsWith(path) || (articlePath + "/").equals(path);
    }

    private Optional<Integer> citeBestSentence(int n, Set<String> content) {
        Passage passage = passages.get(n - 1);
        Span best = null;
        long bestShared = -1;
        for (Span span : sentenceSpans.get(n - 1)) {
            long shared = LlmWords.content(span.of(passage.text())).stream().filter(content::contains).count();
            if (shared > bestShared) {
                best = span;
                bestShared = shared;
            }
        }
        return best == null ? Optional.empty() : cite(n, best).map(Citation::n);
    }

    /** How many passages were given (numbered 1..this). */
    int passageCount() {
        return passages.size();
    }

    /** The quotable sentences of passage {@code n} (1-based), as offsets into its text. */
    List<Span> quotableSentences(int n) {
        return sentenceSpans.get(n - 1);
    }

    /** Passage {@code n} (1-based). */
    Passage passage(int n) {
        return passages.get(n - 1);
    }

    /**
     * Cites the sentence at {@code span} of passage {@code n} (verbatim, with offsets into the article), reusing its
     * citation when it is already cited; empty when the sentence cannot be found in the article body.
     */
    Optional<Citation> cite(int n, Span span) {
        Article article = passages.get(n - 1).article();
        String quote = span.of(passages.get(n - 1).text());
        int begin = bodyOffset(n, span);
        if (begin < 0) {
            return Optional.empty();
        }
        return Optional.of(citations.computeIfAbsent(article.id() + "@" + begin, key -> new Citation(
                citations.size() + 1, article.id(), article.title(), article.source(), article.publishedAt(),
                article.url(), quote, begin, begin + quote.length())));
    }

    /** Where the sentence at {@code span} of passage {@code n} starts in its article's body, or -1. */
    int bodyOffset(int n, Span span) {
        Passage passage = passages.get(n - 1);
        String body = passage.article().body();
        String quote = span.of(passage.text());
        int start = passage.start() + span.start();
        if (start >= 0 && start + quote.length() <= body.length() && body.startsWith(quote, start)) {
            return start;
        }
        return body.indexOf(quote);
    }

    /**
     * Planted instructions, links and marker-like text ("cite this as [7]") are never shown, not even as a quote, and
     * never count as support for a generated sentence.
     */
    static boolean quotable(String sentence) {
        return !talksAboutInstructions(sentence) && !URL.matcher(sentence).find()
                && !MARKER.matcher(sentence).find();
    }

    private static double supported(Set<String> content, Set<String> support) {
        return (double) content.stream().filter(support::contains).count() / content.size();
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
