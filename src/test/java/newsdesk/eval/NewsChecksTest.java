package newsdesk.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NewsChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SPEC_LATEST = "{'id':'l','type':'latest','question':'q','articles':['u1','u2'],"
            + "'newest':'2023-12-09'}";
    private static final String SPEC_TIMELINE = "{'id':'t','type':'timeline','question':'q','articles':['u1','u2','u3']}";
    private static final String SPEC_COVERAGE = "{'id':'c','type':'coverage','question':'q','articles':['u1'],"
            + "'outlets':['The Verge','TechCrunch']}";

    private static String cite(String id, String url, String source, String date) {
        return "{'articleId':'" + id + "','url':'" + url + "','source':'" + source + "','publishedAt':'" + date
                + "T10:00:00Z'}";
    }

    private static final String A = cite("a", "u1", "TechCrunch", "2023-10-01");
    private static final String B = cite("b", "u2", "The Verge", "2023-12-09");
    private static final String C = cite("c", "u3", "Fortune", "2023-11-02");
    private static final String X = cite("x", "other", "Wired", "2023-11-20");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("latest names the newest", SPEC_LATEST, "As of 9 Dec 2023 [2]: …", "quotes",
                        List.of(A, B), true, ""),
                Arguments.of("latest without as-of", SPEC_LATEST, "Quotes …", "quotes", List.of(A, B), false,
                        "does not say as of when"),
                Arguments.of("latest missing the newest", SPEC_LATEST, "As of 1 Oct 2023 [1]: …", "quotes",
                        List.of(A), false, "newest article 2023-12-09 not named"),
                Arguments.of("timeline oldest first", SPEC_TIMELINE, "- …", "timeline", List.of(A, C, B), true,
                        "3 of 3 from the story"),
                Arguments.of("timeline out of order", SPEC_TIMELINE, "- …", "timeline", List.of(A, B, C), false,
                        "not oldest first"),
                Arguments.of("timeline too short", SPEC_TIMELINE, "- …", "timeline", List.of(A, B), false,
                        "2 events from different articles"),
                Arguments.of("timeline mostly off the story", SPEC_TIMELINE, "- …", "timeline",
                        List.of(A, X, cite("y", "other2", "Mashable", "2023-12-20")), false, "1 of 3 from the story"),
                Arguments.of("quotes are no timeline", SPEC_TIMELINE, "x", "quotes", List.of(A, C, B), false,
                        "not a timeline"),
                Arguments.of("coverage named first", SPEC_COVERAGE, "x", "outlets", List.of(B, A, C), true, ""),
                Arguments.of("coverage named out of order", SPEC_COVERAGE, "x", "outlets", List.of(A, B), false,
                        "named outlets not first: [TechCrunch, The Verge]"),
                Arguments.of("coverage one outlet twice", SPEC_COVERAGE, "x", "outlets", List.of(B, B), false,
                        "outlets [The Verge, The Verge]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judges(String name, String spec, String text, String format, List<String> citations, boolean pass,
                String reason) throws Exception {
        JsonNode answer = JSON.readTree(("{'answer':'" + text + "','format':'" + format + "','abstained':false,"
                + "'citations':[" + String.join(",", citations) + "]}").replace('\'', '"'));
        NewsChecks.Verdict verdict = NewsChecks.check(NewsChecks.spec(JSON.readTree(spec.replace('\'', '"'))),
                answer);
        assertThat(verdict.reason()).isEqualTo(reason);
        assertThat(verdict.pass()).isEqualTo(pass);
    }
}
