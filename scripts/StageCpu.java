import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.article.Filters;
import newsdesk.embed.Embedder;
import newsdesk.embed.MiniLmEmbedder;
import newsdesk.qa.QaService;

/**
 * Process CPU per answer by stage, one question after another (nothing cached between questions), over a data dir
 * holding a built index: QaService.ask, the search alone (QaService.search, top 10) and the question embedding, each
 * over the same questions, three rounds after a warm-up. With "rest" the model is left out: every question's vector
 * is computed once before timing and handed back from memory, so the rounds time everything but the model (much less
 * noise on a shared machine). CPU time, unlike latency, barely depends on how much of the machine the process gets.
 *
 *   cp -r /work/cache/mh-data /tmp/d && rm -f /tmp/d/LOCK
 *   java -Xmx2g -cp target/newsdesk.jar scripts/StageCpu.java /tmp/d ../shared/data/multihop-rag/queries-dev.json 300 300
 *   java -Xmx2g -cp target/newsdesk.jar scripts/StageCpu.java /tmp/d ../shared/data/multihop-rag/queries-dev.json 100 300 rest
 */
public class StageCpu {
    static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    static long embedCpu;

    public static void main(String[] a) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("NEWSDESK_DATA_DIR", a[0]);
        env.put("NEWSDESK_SEEDS", Files.createTempDirectory("no-seeds").toString()); // serve what the index holds
        List<String> qs = new ArrayList<>();
        for (var n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(a[1]).toFile())) {
            qs.add(n.get("query").asText());
        }
        int warm = Integer.parseInt(a[2]);
        int timed = Integer.parseInt(a[3]);
        boolean rest = a.length > 4 && a[4].equals("rest");
        Settings settings = Settings.from(env);
        MiniLmEmbedder model = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, settings.embedThreads());
        Map<String, float[]> memo = new ConcurrentHashMap<>();
        Embedder embedder = new Embedder() {
            public float[] embed(String text) {
                if (rest) {
                    return memo.computeIfAbsent(text, model::embed).clone();
                }
                long start = OS.getProcessCpuTime();
                float[] vector = model.embed(text);
                embedCpu += OS.getProcessCpuTime() - start;
                return vector;
            }
            public List<float[]> embedAll(List<String> texts) { return model.embedAll(texts); }
            public int dimension() { return model.dimension(); }
            public String modelId() { return model.modelId(); }
            public double unrelatedBelow() { return model.unrelatedBelow(); }
            public int countTokens(String text) { return model.countTokens(text); }
            public int maxTokens() { return model.maxTokens(); }
        };
        try (Newsdesk desk = Newsdesk.create(settings, embedder, java.time.Clock.systemUTC())) {
            desk.restore();
            QaService qa = desk.qa();
            System.out.println("chunks " + qa.chunkCount() + (rest ? ", model left out" : ""));
            for (int i = 0; i < warm + (rest ? timed : 0); i++) {
                qa.ask(qs.get(i % qs.size()), null, Filters.NONE);
                qa.search(qs.get(i % qs.size()), 10, Filters.NONE);
            }
            for (int round = 0; round < 3; round++) {
                embedCpu = 0;
                long c0 = OS.getProcessCpuTime();
                for (int i = 0; i < timed; i++) qa.ask(qs.get((warm + i) % qs.size()), null, Filters.NONE);
                double ask = (OS.getProcessCpuTime() - c0) / 1e6 / timed;
                double askEmbed = embedCpu / 1e6 / timed;
                embedCpu = 0;
                c0 = OS.getProcessCpuTime();
                for (int i = 0; i < timed; i++) qa.search(qs.get((warm + i) % qs.size()), 10, Filters.NONE);
                double search = (OS.getProcessCpuTime() - c0) / 1e6 / timed;
                double searchEmbed = embedCpu / 1e6 / timed;
                System.out.printf("ask %.2f ms CPU (embedding %.2f) | search %.2f (embedding %.2f) | answer = ask - search"
                        + " %.2f | load %s%n", ask, askEmbed, search, searchEmbed, ask - search,
                        Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
            }
        }
    }
}
