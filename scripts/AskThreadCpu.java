import java.nio.file.*;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import newsdesk.Newsdesk;
import newsdesk.Settings;
import newsdesk.article.Filters;
import newsdesk.embed.Embedder;
import newsdesk.embed.MiniLmEmbedder;
import newsdesk.qa.QaService;

/**
 * CPU of the asking thread per whole answer, the question model left out (each question's vector is computed before
 * timing and handed back from memory): no JIT compiler or GC threads in the figure, so a change of a millisecond
 * shows on a shared machine. Also the restore and the first question (wall, thread CPU). Warm-up: the first W
 * questions and a JSONL question file (its "question" fields), three times; then every other question asked once.
 *
 *   cp -r DATA /tmp/d && rm -f /tmp/d/LOCK
 *   java -Xmx2g -cp target/newsdesk.jar scripts/AskThreadCpu.java /tmp/d ../shared/data/multihop-rag/queries-dev.json 139 docs/eval/factoid-dev.jsonl
 *
 * ROUNDS=N asks the timed questions N times (default 1). PROFILE=OPTIONS profiles the timed rounds with async-profiler
 * (put its jar on the class path), e.g. PROFILE=event=itimer,interval=1ms,file=/tmp/p.collapsed,collapsed.
 */
public class AskThreadCpu {
    public static void main(String[] a) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("NEWSDESK_DATA_DIR", a[0]);
        env.put("NEWSDESK_SEEDS", Files.createTempDirectory("no-seeds").toString());
        List<String> qs = new ArrayList<>();
        for (var n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(a[1]).toFile())) qs.add(n.get("query").asText());
        int warm = Integer.parseInt(a[2]);
        Settings settings = Settings.from(env);
        MiniLmEmbedder model = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, settings.embedThreads());
        Map<String, float[]> memo = new ConcurrentHashMap<>();
        var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] missed = new long[2]; // texts embedded while asking (a retrieval query other than the question), their thread CPU
        Embedder embedder = new Embedder() {
            public float[] embed(String text) {
                float[] known = memo.get(text);
                if (known != null) return known.clone();
                long c = threadBean.getCurrentThreadCpuTime();
                float[] v = memo.computeIfAbsent(text, model::embed);
                missed[0]++;
                missed[1] += threadBean.getCurrentThreadCpuTime() - c;
                return v.clone();
            }
            public List<float[]> embedAll(List<String> texts) { return model.embedAll(texts); }
            public int dimension() { return model.dimension(); }
            public String modelId() { return model.modelId(); }
            public double unrelatedBelow() { return model.unrelatedBelow(); }
            public int countTokens(String text) { return model.countTokens(text); }
            public int maxTokens() { return model.maxTokens(); }
        };
        try (Newsdesk desk = Newsdesk.create(settings, embedder, java.time.Clock.systemUTC())) {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long r0 = System.nanoTime();
            desk.restore();
            long r1 = System.nanoTime();
            QaService qa = desk.qa();
            embedder.embed(qs.get(0));
            long f0 = System.nanoTime(), ft0 = threads.getCurrentThreadCpuTime();
            qa.ask(qs.get(0), null, Filters.NONE);
            System.out.printf("restore %.0f ms wall; first question %.0f ms wall, %.0f ms thread CPU%n", (r1 - r0) / 1e6,
                (System.nanoTime() - f0) / 1e6, (threads.getCurrentThreadCpuTime() - ft0) / 1e6);
            List<String> warmQs = new ArrayList<>(qs.subList(0, warm));
            for (String line : Files.readAllLines(Path.of(a[3]))) if (!line.isBlank() && !line.startsWith("#")) warmQs.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("question").asText());
            for (int round = 0; round < 3; round++) for (String q : warmQs) qa.ask(q, null, Filters.NONE);
            for (int i = warm; i < qs.size(); i++) embedder.embed(qs.get(i));
            int rounds = Integer.parseInt(System.getenv().getOrDefault("ROUNDS", "1"));
            String profile = System.getenv("PROFILE");
            Object profiler = profile == null ? null : Class.forName("one.profiler.AsyncProfiler").getMethod("getInstance").invoke(null);
            if (profiler != null) profiler.getClass().getMethod("execute", String.class).invoke(profiler, "start," + profile);
            var tm = (com.sun.management.ThreadMXBean) threads;
            long c0 = os.getProcessCpuTime(), t0 = threads.getCurrentThreadCpuTime(), b0 = tm.getCurrentThreadAllocatedBytes();
            missed[0] = 0;
            missed[1] = 0;
            for (int r = 0; r < rounds; r++) for (int i = warm; i < qs.size(); i++) qa.ask(qs.get(i), null, Filters.NONE);
            int asked = rounds * (qs.size() - warm);
            double cpu = (os.getProcessCpuTime() - c0) / 1e6 / asked;
            double thread = (threads.getCurrentThreadCpuTime() - t0 - missed[1]) / 1e6 / asked;
            double mb = (tm.getCurrentThreadAllocatedBytes() - b0) / 1e6 / asked;
            if (profiler != null) profiler.getClass().getMethod("execute", String.class).invoke(profiler, "stop," + profile);
            System.out.printf("model left out: asking thread CPU per answer %.2f ms, process %.2f ms, allocated %.2f MB, over %d questions asked %d time(s) after %d x 3 warm-up"
                + " (%d other texts embedded while asking, %.2f ms of thread CPU per answer, left out); load %s%n",
                thread, cpu, mb, qs.size() - warm, rounds, warmQs.size(), missed[0], missed[1] / 1e6 / asked,
                Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
        }
    }
}
