package newsdesk.answer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that stand for one another when matching a question's words in a sentence: "Who is going?" is answered by
 * "plans to join", "When does it come out?" by "launches on", "What day did the Wild fire X?" by "relieved X".
 * Lower-case surface forms; a pure lookup.
 */
final class StandIns {

    private static final List<Set<String>> GROUPS = List.of(
            Set.of("go", "going", "goes", "attend", "attending", "attends", "join", "joining", "joins", "joined", "attended",
                    "visit", "visiting", "participate", "participating", "come", "coming", "travel", "travelling"),
            Set.of("meet", "met", "meets", "meeting"),
            Set.of("win", "won", "wins", "winning", "beat", "defeated", "victory"),
            Set.of("lead", "leads", "led", "leading", "run", "runs", "heads", "head", "chief"),
            Set.of("launch", "launches", "launched", "launching", "release", "released", "releases", "arrive",
                    "arrives", "available", "debut", "debuts", "ship", "ships", "out"),
            Set.of("fire", "fired", "fires", "sacked", "sack", "dismissed", "dismiss", "relieved", "ousted", "oust"),
            Set.of("replace", "replaces", "replaced", "replacing", "succeed", "succeeds", "successor", "appointed",
                    "named", "takes", "take", "interim", "new"),
            Set.of("pay", "paid", "pays", "paying", "cost", "costs", "price", "priced"),
            Set.of("buy", "bought", "buys", "acquire", "acquired", "acquires", "acquisition", "purchase",
                    "purchased"),
            Set.of("found", "founded", "founder", "co-founder", "cofounder", "started", "created"),
            Set.of("score", "scored", "scores", "goal", "goals", "brace", "hat-trick", "netted", "struck"),
            Set.of("raise", "raised", "raises", "raising", "funding", "round", "investment"));

    /** Each word of {@link #GROUPS}: a bit set of the groups it is in (bit i for group i). */
    private static final Map<String, Integer> MEMBERSHIP = membership();

    private StandIns() {
    }

    /** Whether {@code a} and {@code b} are the same word or stand for one another (share a group). */
    static boolean related(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || (groupsOf(x) & groupsOf(y)) != 0;
    }

    /**
     * The groups a lower-case word is in, as a bit set: {@code related(a, b)} is {@code a.equals(b) ||
     * (groupsOf(a) & groupsOf(b)) != 0} for lower-case words, for callers that test one word against many.
     */
    static int groupsOf(String lowerCase) {
        return MEMBERSHIP.getOrDefault(lowerCase, 0);
    }

    static List<Set<String>> groups() {
        return GROUPS;
    }

    private static Map<String, Integer> membership() {
        Map<String, Integer> groups = new HashMap<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            for (String word : GROUPS.get(i)) {
                groups.merge(word, 1 << i, (x, y) -> x | y);
            }
        }
        return Map.copyOf(groups);
    }
}
