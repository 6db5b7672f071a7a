package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import newsdesk.Settings;

class AdminSettingsTest {

    private static final String TOKEN = "admin-secret-0123456789abcdef";

    @Test
    void neverPrintsTheToken() {
        AdminSettings admin = new AdminSettings(TOKEN, 1024, 512);
        assertThat(admin.toString()).doesNotContain(TOKEN).contains("token=set").contains("1024");
        assertThat(new AdminSettings(null, 1024, 512).toString()).contains("token=unset");
        assertThat(Settings.from(Map.of("NEWSDESK_ADMIN_TOKEN", TOKEN)).toString()).doesNotContain(TOKEN)
                .contains("token=set");
    }
}
