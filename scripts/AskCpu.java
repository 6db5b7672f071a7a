import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import newsdesk.Newsdesk;
import newsdesk.qa.QaService;
import newsdesk.Settings;
import newsdesk.article.Filters;

/**
 * Process CPU per whole answer: QaService.ask from the question text, one question after another, each asked once
 * (nothing cached between them), after a warm-up, over a data dir holding a built index. CPU time, unlike latency,
 * barely depends on how much of a shared machine the process gets. Run with the jar to measure:
 *
 *   cp -r DATA /tmp/d && rm -f /tmp/d/LOCK
 *   java -Xmx2g -cp target/newsdesk.jar scripts/AskCpu.java /tmp/d ../shared/data/multihop-rag/queries-dev.json 150 200
 */
public class AskCpu {
    public static void main(String[] a) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("NEWSDESK_DATA_DIR", a[0]);
        env.put("NEWSDESK_SEEDS", Files.createTempDirectory("no-seeds").toString()); // serve what the index holds
        List<String> qs = new ArrayList<>();
        for (var n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(a[1]).toFile())) qs.add(n.get("query").asText());
        int warm = Integer.parseInt(a[2]), timed = Integer.parseInt(a[3]);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (Newsdesk desk = Newsdesk.create(Settings.from(env))) {
            desk.restore();
            QaService qa = desk.qa();
            System.out.println("chunks " + qa.chunkCount());
            for (int i = 0; i < warm; i++) qa.ask(qs.get(i % qs.size()), null, Filters.NONE);
            long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
            for (int i = 0; i < timed; i++) qa.ask(qs.get((warm + i) % qs.size()), null, Filters.NONE);
            double cpu = (os.getProcessCpuTime() - c0) / 1e6 / timed, wall = (System.nanoTime() - t0) / 1e6 / timed;
            System.out.printf("process CPU per answer %.1f ms (wall %.1f ms) over %d questions after %d warm-up; load %s%n", cpu, wall, timed, warm,
                Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
        }
    }
}
