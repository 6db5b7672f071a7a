import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newsdesk.chunk.SentenceSplitter;
import opennlp.tools.chunker.ChunkSample;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.TokenTag;

/**
 * Where PhraseTagger's time goes and what a smaller beam changes: N random corpus sentences (PhraseTagger's tokens),
 * thread CPU per sentence of OpenNLP's POSTaggerME (beam 3) and ChunkerME (beam 10) against greedy POS tags and
 * chunk beams 1–5 decoded through BeamSearch with the models' own context generators and validators, and how many
 * sentences keep the same tags and chunks.
 *
 *   java -cp target/newsdesk.jar scripts/TagBeams.java ../shared/data/multihop-rag/corpus.json 3000
 */
public class TagBeams {
    static final Pattern TOKEN = Pattern.compile("(?>\\d+(?:[.,:]\\d+)*)(?![\\p{L}])|n['’]t\\b|['’]s\\b"
            + "|[\\p{L}\\p{N}]+?(?=n['’]t\\b)|[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*(?=['’]s\\b)"
            + "|[\\p{L}\\p{N}]+(?:[-'’.&][\\p{L}\\p{N}]+)*|\\S");
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] a) throws Exception {
        List<String> all = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (var article : new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(a[0]).toFile())) {
            String body = article.get("body").asText();
            splitter.split(body).forEach(s -> all.add(body.substring(s.start(), s.end())));
        }
        Collections.shuffle(all, new Random(7));
        List<String[]> sentences = new ArrayList<>();
        for (String s : all.subList(0, Integer.parseInt(a[1]))) {
            List<String> words = new ArrayList<>();
            Matcher m = TOKEN.matcher(s);
            while (m.find()) words.add(switch (m.group()) {
                case "“" -> "``"; case "”", "\"" -> "''"; default -> m.group().replace('’', '\'');
            });
            if (!words.isEmpty()) sentences.add(words.toArray(new String[0]));
        }
        int n = sentences.size();
        System.out.printf("%d corpus sentences; %d sampled, %.1f tokens on average%n", all.size(), n,
                sentences.stream().mapToInt(w -> w.length).average().orElse(0));
        POSModel pos;
        ChunkerModel chunk;
        try (InputStream p = TagBeams.class.getResourceAsStream("/en-pos-maxent.bin");
             InputStream c = TagBeams.class.getResourceAsStream("/en-chunker.bin")) {
            pos = new POSModel(p);
            chunk = new ChunkerModel(c);
        }
        POSTaggerME tagger = new POSTaggerME(pos, POSTagFormat.PENN);
        ChunkerME chunker = new ChunkerME(chunk);
        BeamSearch greedyPos = new BeamSearch(1, (MaxentModel) pos.getArtifact("pos.model"));
        POSContextGenerator posContext = pos.getFactory().getPOSContextGenerator(0);
        SequenceValidator<String> posValid = pos.getFactory().getSequenceValidator();
        MaxentModel chunkModel = (MaxentModel) chunk.getArtifact("chunker.model");
        ChunkerContextGenerator chunkContext = chunk.getFactory().getContextGenerator();
        SequenceValidator<TokenTag> chunkValid = chunk.getFactory().getSequenceValidator();
        String[][] tags = new String[n][], greedyTags = new String[n][];
        Span[][] chunks = new Span[n][];
        for (int round = 0; round < 3; round++) { // the last round counts
            long t0 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) tags[i] = tagger.tag(sentences.get(i));
            long t1 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) chunks[i] = chunker.chunkAsSpans(sentences.get(i), tags[i]);
            long t2 = CPU.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                greedyTags[i] = greedyPos.bestSequence(sentences.get(i), null, posContext, posValid).getOutcomes()
                        .toArray(new String[0]);
            }
            long t3 = CPU.getCurrentThreadCpuTime();
            if (round == 2) {
                System.out.printf("per sentence: POSTaggerME (beam 3) %.3f ms, ChunkerME (beam 10) %.3f ms, greedy POS %.3f ms%n",
                        (t1 - t0) / 1e6 / n, (t2 - t1) / 1e6 / n, (t3 - t2) / 1e6 / n);
            }
        }
        long tokens = 0, same = 0, sameSentences = 0;
        for (int i = 0; i < n; i++) {
            sameSentences += Arrays.equals(tags[i], greedyTags[i]) ? 1 : 0;
            for (int j = 0; j < tags[i].length; j++, tokens++) same += tags[i][j].equals(greedyTags[i][j]) ? 1 : 0;
        }
        System.out.printf("greedy POS: %.4f of tokens, %.4f of sentences tagged the same%n", same / (double) tokens,
                sameSentences / (double) n);
        for (int beam : new int[] {1, 2, 3, 4, 5}) {
            BeamSearch search = new BeamSearch(beam, chunkModel);
            Span[][] found = new Span[n][];
            long t0 = 0;
            for (int round = 0; round < 3; round++) {
                t0 = CPU.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    String[] outcomes = search.bestSequence(TokenTag.create(sentences.get(i), tags[i]), null,
                            chunkContext, chunkValid).getOutcomes().toArray(new String[0]);
                    found[i] = ChunkSample.phrasesAsSpanList(sentences.get(i), tags[i], outcomes);
                }
            }
            long t1 = CPU.getCurrentThreadCpuTime();
            long kept = 0, total = 0, identical = 0;
            for (int i = 0; i < n; i++) {
                identical += Arrays.equals(found[i], chunks[i]) ? 1 : 0;
                Set<Span> mine = new HashSet<>(Arrays.asList(found[i]));
                for (Span s : chunks[i]) { total++; kept += mine.contains(s) ? 1 : 0; }
            }
            System.out.printf("chunk beam %d (POSTaggerME tags): %.3f ms per sentence; same chunks as beam 10 for %.4f"
                    + " of sentences, %.4f of chunks%n", beam, (t1 - t0) / 1e6 / n, identical / (double) n,
                    kept / (double) total);
        }
    }
}
