package newsdesk.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SolrSettingsTest {

    @Test
    void defaultsKeepTheInMemoryStore() {
        SolrSettings settings = SolrSettings.defaults();
        assertThat(settings.store()).isEqualTo(SolrSettings.Store.MEMORY);
        assertThat(settings.urls()).containsExactly(URI.create("http://localhost:8983/solr"));
        assertThat(settings.collection()).isEqualTo("news");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.autoInit()).isFalse();
        assertThat(SolrSettings.KNOBS).containsKeys("NEWSDESK_STORE", "NEWSDESK_SOLR_URL", "NEWSDESK_SOLR_COLLECTION");
    }

    @Test
    void readsEveryVariable() {
        SolrSettings settings = SolrSettings.fromEnv(Map.of("NEWSDESK_STORE", "Solr",
                "NEWSDESK_SOLR_URL", " http://solr1:8983/solr/ , http://solr2:8983/solr", "NEWSDESK_SOLR_COLLECTION",
                "articles", "NEWSDESK_SOLR_SHARDS", "4", "NEWSDESK_SOLR_REPLICAS", "3",
                "NEWSDESK_SOLR_TIMEOUT_MS", "2500", "NEWSDESK_SOLR_AUTO_INIT", "true", "OTHER", "x"));
        assertThat(settings.store()).isEqualTo(SolrSettings.Store.SOLR);
        assertThat(settings.urls()).isEqualTo(List.of(URI.create("http://solr1:8983/solr"),
                URI.create("http://solr2:8983/solr")));
        assertThat(settings.collection()).isEqualTo("articles");
        assertThat(settings.shards()).isEqualTo(4);
        assertThat(settings.replicas()).isEqualTo(3);
        assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(settings.autoInit()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            NEWSDESK_STORE           | lucene
            NEWSDESK_SOLR_URL        | ftp://solr/solr
            NEWSDESK_SOLR_COLLECTION | news/../admin
            NEWSDESK_SOLR_SHARDS     | 0
            NEWSDESK_SOLR_REPLICAS   | many
            NEWSDESK_SOLR_TIMEOUT_MS | 0
            """)
    void refusesBadValues(String name, String value) {
        assertThatThrownBy(() -> SolrSettings.fromEnv(Map.of(name, value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Solr");
    }
}
