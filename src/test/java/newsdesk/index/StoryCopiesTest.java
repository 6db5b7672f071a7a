package newsdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import newsdesk.article.Article;
import newsdesk.chunk.Chunker;

class StoryCopiesTest {

    private static final String WIRE = "Port Ellery closed its harbour bridge to all traffic on Wednesday after "
            + "engineers found corroded steel cables under the main span, the town council said. The closure forces "
            + "about 30,000 commuters a day onto a ferry service and a detour of 40 kilometres around the bay. Mayor "
            + "Ines Calder said the bridge would stay shut until a full structural survey is finished.";
    private static final Map<String, String> BODIES = Map.of(
            "wire", WIRE,
            "rewrite", WIRE + " Officials are expected to give an update on Friday.",
            "reprint", "PORT ELLERY (AP) — " + WIRE,
            "other", "Tulip growers say the mild winter brought the first blooms three weeks early this year, and "
                    + "the spring festival will open on the first weekend of April with a parade of floats.",
            "edited", "Tulip growers say nothing at all about the weather.");

    /**
     * Steps are {@code +id} (add the body named id) or {@code -id} (remove), {@code id=body} (replace id's body with
     * another's); the expected groups list each article with copies as {@code id:others} in sorted order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a copy arriving later is linked at once | +wire +other +rewrite | rewrite:wire wire:rewrite",
        "copies of a copy are one story | +wire +rewrite +reprint | reprint:rewrite,wire rewrite:reprint,wire "
                + "wire:reprint,rewrite",
        "unrelated articles have no copies | +wire +other | ''",
        "removing a copy unlinks it | +wire +rewrite -rewrite | ''",
        "removing the middle of a story keeps the others linked | +wire +rewrite +reprint -rewrite "
                + "| reprint:wire wire:reprint",
        "removing an unknown article changes nothing | +wire +rewrite -nothing | rewrite:wire wire:rewrite",
        "a body replaced by another story leaves its group | +wire +rewrite rewrite=other | ''",
        "a body replaced by a copy joins the group | +wire +other other=reprint | other:wire wire:other",
        "re-adding the same body is idempotent | +wire +rewrite +rewrite | rewrite:wire wire:rewrite",
    })
    void groupsFollowAddsRemovesAndReplacements(String name, String steps, String expected) {
        StoryCopies copies = new StoryCopies(MinHash.DEFAULT_THRESHOLD);
        for (String step : steps.split(" ")) {
            if (step.startsWith("+")) {
                copies.add(step.substring(1), BODIES.get(step.substring(1)));
            } else if (step.startsWith("-")) {
                copies.remove(step.substring(1));
            } else {
                String[] parts = step.split("=");
                copies.add(parts[0], BODIES.get(parts[1]));
            }
        }
        assertThat(render(copies.groups())).isEqualTo(expected);
    }

    @Test
    void sizeCountsArticlesKnown() {
        StoryCopies copies = new StoryCopies(MinHash.DEFAULT_THRESHOLD);
        copies.add("wire", WIRE);
        copies.add("other", BODIES.get("other"));
        copies.remove("wire");
        assertThat(copies.size()).isEqualTo(1);
    }

    @Test
    void eachCorpusViewCarriesTheCopiesFoundWhenItsArticlesArrived() throws Exception {
        Article wire = Article.of("Bridge shut", "Fortune", null, null, "https://f.example/a", WIRE);
        Article reprint = Article.of("Bridge closed", "Yahoo News", null, null, "https://y.example/a",
                BODIES.get("reprint"));
        try (CorpusIndex index = new CorpusIndex(3)) {
            Corpus first = index.upsert(List.of(embedded(wire)));
            Corpus second = index.upsert(List.of(embedded(reprint)));
            Corpus third = index.remove(List.of(reprint.id()));

            assertThat(first.copies(wire.id())).isEmpty();
            assertThat(second.copies(wire.id())).containsExactly(reprint);
            assertThat(second.copies(reprint.id())).containsExactly(wire);
            assertThat(second.articlesWithCopies()).isEqualTo(2);
            assertThat(third.copies(wire.id())).isEmpty();
            assertThat(second.copies(wire.id())).as("a published view never changes").containsExactly(reprint);
        }
    }

    private static EmbeddedArticle embedded(Article article) {
        return new EmbeddedArticle(new Chunker.Chunked(article, List.of(), List.of()), List.of());
    }

    private static String render(Map<String, List<String>> groups) {
        return String.join(" ", groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + String.join(",", e.getValue().stream().sorted().toList())).toList());
    }
}
