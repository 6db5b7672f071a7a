import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import newsdesk.embed.MiniLmEmbedder;

/**
 * The question model option (NEWSDESK_QUESTION_MODEL=minilm-q) side by side with the default: every question embedded
 * by the full and by the quantized all-MiniLM-L6-v2 through Newsdesk's one-text path, the cosine between the two
 * vectors (min / p1 / p5 / median), and process CPU per question of each model, interleaved in rounds so that a shared
 * machine's load falls on both alike. THREADS intra-op threads (1 = the session used under concurrent load).
 *
 *   java -cp target/newsdesk.jar scripts/QuestionCosine.java ../shared/data/multihop-rag/queries-dev.json 1 3
 */
public class QuestionCosine {
    public static void main(String[] a) throws Exception {
        List<String> qs = new ArrayList<>();
        for (var n : new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(a[0]).toFile())) qs.add(n.get("query").asText());
        int threads = Integer.parseInt(a[1]), rounds = Integer.parseInt(a[2]);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (MiniLmEmbedder full = new MiniLmEmbedder(MiniLmEmbedder.Variant.FULL, threads);
             MiniLmEmbedder quantized = new MiniLmEmbedder(MiniLmEmbedder.Variant.QUANTIZED, threads)) {
            double[] cos = new double[qs.size()];
            long pieces = 0;
            for (int i = 0; i < qs.size(); i++) {
                float[] f = full.embed(qs.get(i)), q = quantized.embed(qs.get(i));
                double dot = 0;
                for (int d = 0; d < f.length; d++) dot += f[d] * q[d];
                cos[i] = dot;
                pieces += full.countTokens(qs.get(i));
            }
            double[] sorted = cos.clone();
            Arrays.sort(sorted);
            System.out.printf("questions %d (%.1f word pieces on average): cosine full vs quantized min %.4f, p1 %.4f, p5 %.4f, median %.4f, mean %.4f%n",
                qs.size(), pieces / (double) qs.size(), sorted[0], sorted[(int) (0.01 * (sorted.length - 1))],
                sorted[(int) (0.05 * (sorted.length - 1))], sorted[sorted.length / 2], Arrays.stream(cos).average().orElse(0));
            for (int r = 1; r <= rounds; r++) {
                for (MiniLmEmbedder m : List.of(full, quantized)) {
                    long c0 = os.getProcessCpuTime(), t0 = System.nanoTime();
                    for (String q : qs) m.embed(q);
                    System.out.printf("round %d %s: process CPU %.2f ms, wall %.2f ms per question (%d threads); load %s%n", r, m.modelId(),
                        (os.getProcessCpuTime() - c0) / 1e6 / qs.size(), (System.nanoTime() - t0) / 1e6 / qs.size(), threads,
                        java.nio.file.Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
                }
            }
        }
    }
}
