package newsdesk.eval;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import newsdesk.answer.SentenceFeatures;

/**
 * The evaluation's candidates file ({@code eval --candidates FILE}): one JSON line per answered query with the
 * extractive answerer's best candidate sentences, their {@link SentenceFeatures} and a label, whether the sentence
 * contains an expected answer ({@link AnswerMatch}); the training data of {@code scripts/fit-ranker.py}.
 */
public final class CandidateLog implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedWriter out;

    public CandidateLog(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Writes one query's candidates, labelled against its expected answers. */
    public synchronized void write(EvalQuery query, List<SentenceFeatures> candidates) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SentenceFeatures c : candidates) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", !query.answers().isEmpty() && AnswerMatch.contains(c.sentence(), query.answers()));
            row.put("features", c.values());
            row.put("sentence", c.sentence());
            rows.add(row);
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", query.id());
        line.put("type", query.type());
        line.put("names", SentenceFeatures.NAMES);
        line.put("candidates", rows);
        try {
            out.write(JSON.writeValueAsString(line));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
