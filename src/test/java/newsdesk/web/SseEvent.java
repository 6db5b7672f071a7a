package newsdesk.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One Server-Sent Event with JSON data, parsed the way a browser's event-stream reader does. */
record SseEvent(String name, JsonNode data) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<SseEvent> parse(String stream) {
        List<SseEvent> events = new ArrayList<>();
        for (String block : stream.split("\n\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).stripLeading());
                }
            }
            if (!data.isEmpty()) {
                try {
                    events.add(new SseEvent(name, MAPPER.readTree(data.toString())));
                } catch (JsonProcessingException e) {
                    throw new AssertionError("event data is not JSON: " + data, e);
                }
            }
        }
        return events;
    }
}
