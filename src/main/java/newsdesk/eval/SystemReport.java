package newsdesk.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One contender's row group: ingestion time, scores overall and per query type, search latency and, for answering
 * contenders, answer latency (wall clock) and the answer's own stage timings. {@code outcomes} (per query) are
 * written to a separate details file, not into the report JSON.
 */
public record SystemReport(
        String name,
        double ingestSeconds,
        Scores overall,
        Map<String, Scores> byType,
        LatencySummary search,
        LatencySummary answer,
        Map<String, LatencySummary> answerStages,
        @JsonIgnore List<QueryOutcome> outcomes) {

    public SystemReport {
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        answerStages = Collections.unmodifiableMap(new LinkedHashMap<>(answerStages == null ? Map.of() : answerStages));
        outcomes = List.copyOf(outcomes);
    }

    /** Abstention rates at other confidence thresholds; empty for retrieval-only contenders. */
    @JsonProperty
    public List<AbstentionSweep.Point> abstentionSweep() {
        return AbstentionSweep.sweep(outcomes);
    }
}
