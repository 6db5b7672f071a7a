package newsdesk.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Reads {@code .json} (an array of article objects, or one object) and {@code .jsonl}/{@code .ndjson} (one object per
 * line) in the MultiHop-RAG {@code corpus.json} shape: {@code title}, {@code body|text|content},
 * {@code source|outlet}, {@code published_at|publishedAt|date} (ISO-8601 with or without offset, or a date),
 * {@code url}, {@code author} ({@code "None"} means unknown). Other fields are ignored; the id derives from the url.
 *
 * <p>Streams: one record is in memory at a time besides the articles read so far. {@link #readWithFailures} reports a
 * bad record with its line number and keeps the good ones; {@link #read} fails if any record is bad, naming the
 * first.
 */
public final class JsonArticleReader implements ArticleReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectReader lineReader =
            mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public boolean supports(Path file) {
        return TextFiles.hasExtension(file, ".json", ".jsonl", ".ndjson");
    }

    @Override
    public List<Article> read(Path file) throws IOException {
        LoadResult result = readWithFailures(file);
        if (!result.failures().isEmpty()) {
            int more = result.failures().size() - 1;
            throw new ArticleFormatException(result.failures().get(0).reason()
                    + (more > 0 ? " (and " + more + " more bad records)" : ""));
        }
        return result.articles();
    }

    @Override
    public LoadResult readWithFailures(Path file) throws IOException {
        JsonRecords records = new JsonRecords(file);
        if (TextFiles.hasExtension(file, ".jsonl", ".ndjson")) {
            readLines(file, records);
        } else {
            readDocument(file, records);
        }
        return records.result();
    }

    private void readLines(Path file, JsonRecords records) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = lineReader.readValue(line);
                    records.add(node == null ? NullNode.getInstance() : node, lineNumber);
                } catch (JsonProcessingException e) {
                    records.fail(lineNumber, "not valid JSON: " + e.getOriginalMessage());
                }
            }
        }
    }

    private void readDocument(Path file, JsonRecords records) throws IOException {
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                records.add(mapper.readTree(parser), line(parser.currentTokenLocation()));
            } else if (first == JsonToken.START_ARRAY) {
                readArray(parser, records);
            } else if (first != null) {
                records.fail(line(parser.currentTokenLocation()),
                        "expected a JSON array of article objects or one object, found " + describe(first));
            }
            if (first != null && parser.nextToken() != null) {
                records.fail(line(parser.currentTokenLocation()), "unexpected content after the JSON value");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            records.fail(at == null ? 0 : line(at), "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private void readArray(JsonParser parser, JsonRecords records) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            int line = line(parser.currentTokenLocation());
            if (token == null) {
                records.fail(line, "the JSON array is not closed (file truncated?)");
                return;
            }
            if (token == JsonToken.START_OBJECT) {
                records.add(mapper.readTree(parser), line);
            } else {
                parser.skipChildren();
                records.fail(line, "expected an article object, found " + describe(token));
            }
        }
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static int line(JsonLocation location) {
        return location.getLineNr();
    }
}
