package newsdesk.answer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
 * passage with no other sentence cannot be cited. The pieces: {@link CitationMarkers}, {@link PlantedText},
 * {@link ArticleLinks}, and {@link CitedPassages} for the quotes.
 */
final class CitationVerifier {

    /** Share of a sentence's content words that must occur in the passages it cites (a lenient paraphrase floor). */
    static final double MIN_SUPPORT = 0.2;
    /** Word n-gram length for spotting copied prompt text. */
    static final int LEAK_SHINGLE = 5;

    private static final Pattern BULLET = Pattern.compile("^(?:[-*•]+|\\d+[.)])\\s+");

    private final CitedPassages passages;
    private final Set<String> promptShingles;
    private final Set<String> evidenceShingles = new HashSet<>();

    /**
     * @param passages   the evidence, numbered 1.. in this order in the prompt
     * @param promptText the instructions the model was given (never to be repeated)
     */
    CitationVerifier(List<Passage> passages, String promptText) {
        this.passages = new CitedPassages(passages);
        for (Passage passage : passages) {
            evidenceShingles.addAll(LlmWords.shingles(passage.text(), LEAK_SHINGLE));
        }
        this.promptShingles = LlmWords.shingles(promptText, LEAK_SHINGLE);
    }

    /** The sentence ready to show, with renumbered markers, or empty when it must be dropped. */
    Optional<String> check(String sentence) {
        String body = BULLET.matcher(CitationMarkers.strip(sentence).strip()).replaceFirst("")
                .replaceAll("\\s+", " ").strip();
        Set<String> content = LlmWords.content(body);
        if (content.isEmpty() || PlantedText.talksAboutInstructions(body) || leaksPrompt(body)) {
            return Optional.empty();
        }
        Set<Integer> cited = new LinkedHashSet<>();
        Set<String> support = new HashSet<>();
        for (int n : CitationMarkers.numbers(sentence)) {
            if (n >= 1 && n <= passages.count()) {
                Set<String> words = passages.words(n);
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
            passages.citeBest(n, content).map(Citation::n).ifPresent(numbers::add);
        }
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        numbers.forEach(number -> text.append('[').append(number).append(']'));
        return Optional.of(text.toString());
    }

    /** The citations of every sentence kept so far, in number order. */
    List<Citation> citations() {
        return passages.citations();
    }

    /** The passages and the citations made from them, shared with the direct answer line's check. */
    CitedPassages passages() {
        return passages;
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
        for (String link : ArticleLinks.links(body)) {
            boolean ownAddress = cited.stream().map(n -> passages.passage(n).article().url())
                    .anyMatch(url -> ArticleLinks.pointsInto(link, url));
            if (!ownAddress) {
                return false;
            }
        }
        return true;
    }

    private static double supported(Set<String> content, Set<String> support) {
        return (double) content.stream().filter(support::contains).count() / content.size();
    }
}
