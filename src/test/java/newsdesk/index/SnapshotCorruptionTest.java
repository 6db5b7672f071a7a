package newsdesk.index;

import newsdesk.ingest.Ingestor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import newsdesk.Newsdesk;
import newsdesk.answer.Answer;
import newsdesk.article.Article;
import newsdesk.testing.HashingEmbedder;
import newsdesk.testing.TestArticles;

/**
 * Damages the newest generation in many ways (byte flips at random offsets, truncations, appended garbage, wrong
 * magic, missing files, another format version or model) and checks every time that the damage is detected with one
 * ERROR line naming the file, that nothing damaged is served, and that after recovery the same questions get the
 * same answers as before.
 */
class SnapshotCorruptionTest {

    private static final String[] FILES = {SnapshotFormat.MANIFEST, SnapshotFormat.ARTICLES, SnapshotFormat.VECTORS};
    private static final int FLIPS_PER_FILE = 12;

    @TempDir
    static Path tmp;

    private static Path seeds;
    private static Path pristine;
    private static List<String> reference;

    @BeforeAll
    static void buildTwoGenerations() throws Exception {
        seeds = tmp.resolve("seeds");
        pristine = tmp.resolve("pristine");
        List<Article> articles = TestArticles.articles("c", 6, 24);
        TestArticles.writeEach(seeds, articles.subList(0, 5));
        try (Newsdesk desk = open(pristine)) {
            assertThat(desk.qa().articleCount()).isEqualTo(5);
        }
        TestArticles.writeEach(seeds, articles.subList(5, 6));
        try (Newsdesk desk = open(pristine)) {
            assertThat(desk.qa().articleCount()).isEqualTo(6);
            assertThat(desk.qa().chunkCount()).isGreaterThan(12);
            reference = answers(desk);
        }
        assertThat(generations(pristine)).containsExactly("gen-000001", "gen-000002");
    }

    @TestFactory
    Stream<DynamicTest> everyDamageIsDetectedAndNeverServed() {
        List<DynamicTest> tests = new ArrayList<>();
        Random random = new Random(20240301);
        for (String file : FILES) {
            boolean data = !file.equals(SnapshotFormat.MANIFEST);
            for (int i = 0; i < FLIPS_PER_FILE; i++) {
                long seed = random.nextLong();
                tests.add(corruption("flip a byte of " + file + " #" + i, file, null, bytes -> flip(bytes, seed)));
            }
            tests.add(corruption("truncate " + file + " to zero", file, null, bytes -> new byte[0]));
            tests.add(corruption("truncate " + file + " by one byte", file, data ? "truncated" : null,
                    bytes -> java.util.Arrays.copyOf(bytes, bytes.length - 1)));
            tests.add(corruption("truncate " + file + " to half", file, null,
                    bytes -> java.util.Arrays.copyOf(bytes, bytes.length / 2)));
            tests.add(corruption("append one byte to " + file, file, data ? "garbage appended" : null,
                    bytes -> append(bytes, "\n")));
            tests.add(corruption("append garbage to " + file, file, data ? "garbage appended" : null,
                    bytes -> append(bytes, "garbage ".repeat(20))));
            tests.add(corruption("wrong magic in " + file, file,
                    file.equals(SnapshotFormat.ARTICLES) ? "checksum mismatch" : "wrong magic", bytes -> {
                        byte[] copy = bytes.clone();
                        copy[0] = 'X';
                        copy[1] = 'Y';
                        return copy;
                    }));
            tests.add(corruption("delete " + file, file, "missing", bytes -> null));
        }
        tests.add(DynamicTest.dynamicTest("another format version is not used", () -> assertThat(withDamage(data -> {
            rewriteManifest(data, json -> json.replace("\"format\":1,", "\"format\":99,"));
            return "format version 99";
        }, false)).containsOnlyOnce("WARN").contains("gen-000002 is not used: format version 99, this build reads 1")));
        tests.add(DynamicTest.dynamicTest("another model is re-embedded, not served", () -> assertThat(withDamage(data -> {
            rewriteManifest(data, json -> json.replace("\"model\":\"hashing-test\"", "\"model\":\"other-model\""));
            return null;
        }, false)).containsOnlyOnce("WARN").contains("gen-000002 was built with model other-model instead of "
                + "hashing-test: its vectors are not used, its 6 articles are re-embedded")));
        tests.add(DynamicTest.dynamicTest("both generations corrupt: rebuilt from the seeds", () -> withDamage(data -> {
            for (String gen : List.of("gen-000001", "gen-000002")) {
                Path vectors = data.resolve(gen).resolve(SnapshotFormat.VECTORS);
                Files.write(vectors, flip(Files.readAllBytes(vectors), 7));
            }
            return SnapshotFormat.VECTORS;
        }, true)));
        return tests.stream();
    }

    private interface Damage {
        byte[] apply(byte[] bytes);
    }

    private interface Setup {
        /** Damages the data directory; returns text the log must name, or null when nothing is logged at ERROR. */
        String damage(Path data) throws IOException;
    }

    private static DynamicTest corruption(String name, String file, String reason, Damage damage) {
        return DynamicTest.dynamicTest(name, () -> withDamage(data -> {
            Path target = data.resolve("gen-000002").resolve(file);
            byte[] damaged = damage.apply(Files.readAllBytes(target));
            if (damaged == null) {
                Files.delete(target);
            } else {
                Files.write(target, damaged);
            }
            return "gen-000002/" + file;
        }, true, reason));
    }

    /** Damages a copy of the pristine data directory, recovers, checks; returns what was logged. */
    private static String withDamage(Setup setup, boolean corrupt) throws Exception {
        return withDamage(setup, corrupt, null);
    }

    private static String withDamage(Setup setup, boolean corrupt, String reason) throws Exception {
        Path data = Files.createTempDirectory(tmp, "data");
        copy(pristine, data);
        String named = setup.damage(data);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        List<String> answers;
        DurableIndex.Restored restored;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (Newsdesk desk = open(data)) {
            restored = desk.ingestion().restorer().restore(Ingestor.Progress.NONE);
            answers = answers(desk);
        } finally {
            System.setErr(original);
        }
        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("ERROR")).toList();
        if (corrupt) {
            assertThat(errors).hasSizeGreaterThanOrEqualTo(1);
            assertThat(errors.get(0)).contains(named).contains("corrupt").contains(reason == null ? "" : reason);
            assertThat(restored.rejected()).anyMatch(r -> r.corrupt() && r.file().toString().contains(named));
            assertThat(restored.generation()).isNotEqualTo(2);
            if (named.startsWith("gen-000002")) {
                assertThat(errors).hasSize(1);
            }
        } else {
            assertThat(errors).isEmpty();
        }
        if (named != null && !corrupt) {
            assertThat(restored.rejected()).anyMatch(r -> r.reason().contains(named));
        }
        assertThat(answers).isEqualTo(reference);
        try (Newsdesk desk = open(data)) {
            long generation = desk.ingestion().status().generation();
            assertThat(new SnapshotStore(data, null, Clock.systemUTC()).verify(generation)).isEmpty();
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Newsdesk open(Path data) {
        Newsdesk desk = Newsdesk.create(TestArticles.settings(seeds, data), new HashingEmbedder(), Clock.systemUTC());
        desk.ingestSeeds(Ingestor.Progress.NONE);
        return desk;
    }

    /** Answers, citations and search results for a fixed set of questions, rendered comparably. */
    private static List<String> answers(Newsdesk desk) {
        List<String> out = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            questions.add("What happened in the " + TestArticles.topic("c" + i) + " affair?");
        }
        questions.add("Who approved the harbour plan?");
        questions.add("What did the central bank announce about water prices?");
        for (String question : questions) {
            Answer answer = desk.qa().ask(question, null, null);
            out.add(question + " => " + answer.abstained() + " | " + answer.text() + " | "
                    + answer.citations().stream().map(c -> c.articleId() + "@" + c.start()).toList());
            out.add(question + " => " + desk.qa().search(question, 5, null).stream()
                    .map(p -> p.chunkId() + ":" + Math.round(p.score() * 1e6)).toList());
        }
        return out;
    }

    private static byte[] flip(byte[] bytes, long seed) {
        Random random = new Random(seed);
        byte[] copy = bytes.clone();
        int offset = random.nextInt(copy.length);
        copy[offset] ^= (byte) (1 + random.nextInt(255));
        return copy;
    }

    private static byte[] append(byte[] bytes, String garbage) {
        byte[] extra = garbage.getBytes(StandardCharsets.UTF_8);
        byte[] copy = java.util.Arrays.copyOf(bytes, bytes.length + extra.length);
        System.arraycopy(extra, 0, copy, bytes.length, extra.length);
        return copy;
    }

    /** Edits the JSON line of gen-000002's manifest and writes a matching checksum, as another build would. */
    private static void rewriteManifest(Path data, java.util.function.UnaryOperator<String> edit) throws IOException {
        Path manifest = data.resolve("gen-000002").resolve(SnapshotFormat.MANIFEST);
        String[] lines = Files.readString(manifest).split("\n");
        String json = edit.apply(lines[1]);
        assertThat(json).isNotEqualTo(lines[1]);
        Files.writeString(manifest, lines[0] + "\n" + json + "\nsha256 "
                + Checksums.sha256(json.getBytes(StandardCharsets.UTF_8)) + "\n");
    }

    private static List<String> generations(Path data) throws IOException {
        try (Stream<Path> children = Files.list(data)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("LOCK")) {
                    Files.copy(source, target);
                }
            }
        }
    }
}
