package newsdesk.ingest;

import newsdesk.index.Provenance;
import newsdesk.index.Origin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import newsdesk.article.Article;
import newsdesk.article.ArticleLoader;
import newsdesk.article.LoadFailure;
import newsdesk.article.LoadResult;

/**
 * Reconciles the index with the seeds location by content hash: seed articles that are new or whose content changed
 * are to be embedded, seed articles whose file no longer holds them are to be dropped, the rest is left alone.
 *
 * <p>Rules: only articles whose provenance is {@link Origin#SEEDS} are ever changed or dropped; an article added by
 * {@code ingest} or upload under the same id wins over the seed. An article is kept (not dropped) when the file it
 * came from could not be read this time, and nothing is dropped when the seeds location is missing or cannot be
 * listed: a transient read error never empties the index.
 */
public final class SeedSync {

    private final ArticleLoader loader;
    private final Path root;

    public SeedSync(ArticleLoader loader, Path root) {
        this.loader = loader;
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The articles of one seed file ({@code file} relative to the root, '/'-separated) and what could not be read. */
    public record SeedFile(String file, List<Article> articles, List<LoadFailure> failures) {

        public SeedFile {
            articles = List.copyOf(articles);
            failures = List.copyOf(failures);
        }
    }

    /**
     * The seeds as read now; {@code complete} is false when the location is missing or could not be listed, which
     * {@code failures} then explains (problems with single files are in their {@link SeedFile}).
     */
    public record Seeds(List<SeedFile> files, boolean complete, List<LoadFailure> failures) {
    }

    /** A seed article to embed, with the provenance it will get. */
    public record Addition(Article article, Provenance provenance) {
    }

    /**
     * What reconciliation will do: articles to embed (new or changed), ids to drop, provenance to correct (a seed
     * moved to another file unchanged), how many are unchanged, and every read problem.
     */
    public record Plan(List<Addition> toEmbed, Set<String> toRemove, Map<String, Provenance> relabels, int unchanged,
                       List<LoadFailure> failures) {

        public boolean isEmpty() {
            return toEmbed.isEmpty() && toRemove.isEmpty() && relabels.isEmpty();
        }
    }

    /** Reads the seeds and plans against {@code current} (provenance by article id). */
    public Plan plan(Map<String, Provenance> current) {
        return plan(read(), current);
    }

    /** Reads every seed file, one at a time so each article's file is known. */
    public Seeds read() {
        if (!Files.exists(root)) {
            return new Seeds(List.of(), false, List.of(new LoadFailure(root, "the seeds location does not exist")));
        }
        List<Path> files;
        try {
            files = Files.isDirectory(root) ? candidates(root) : List.of(root);
        } catch (IOException | UncheckedIOException e) {
            return new Seeds(List.of(), false, List.of(new LoadFailure(root, "cannot list: " + e.getMessage())));
        }
        List<SeedFile> seeds = new ArrayList<>();
        for (Path file : files) {
            String name = Files.isDirectory(root) ? relative(root, file) : file.getFileName().toString();
            LoadResult result;
            try {
                result = loader.load(file);
            } catch (RuntimeException e) {
                result = new LoadResult(List.of(), List.of(new LoadFailure(file, String.valueOf(e.getMessage()))));
            }
            seeds.add(new SeedFile(name, result.articles(), result.failures()));
        }
        return new Seeds(seeds, true, List.of());
    }

    /** The pure part of reconciliation; see the class comment for the rules. */
    public static Plan plan(Seeds seeds, Map<String, Provenance> current) {
        Map<String, Addition> found = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        List<LoadFailure> failures = new ArrayList<>(seeds.failures());
        for (SeedFile file : seeds.files()) {
            if (!file.failures().isEmpty()) {
                unreadable.add(file.file());
                failures.addAll(file.failures());
            }
            for (Article article : file.articles()) {
                Addition addition = new Addition(article, new Provenance(Origin.SEEDS, file.file(),
                        article.contentHash()));
                Addition first = found.putIfAbsent(article.id(), addition);
                if (first != null) {
                    failures.add(new LoadFailure(Path.of(file.file()), "article " + article.id() + " '"
                            + article.title() + "' is also in " + first.provenance().file() + "; kept that one"));
                }
            }
        }
        List<Addition> toEmbed = new ArrayList<>();
        Map<String, Provenance> relabels = new LinkedHashMap<>();
        int unchanged = 0;
        for (Addition addition : found.values()) {
            Provenance known = current.get(addition.article().id());
            if (known == null || known.origin() == Origin.SEEDS
                    && !known.contentHash().equals(addition.provenance().contentHash())) {
                toEmbed.add(addition);
            } else if (known.origin() != Origin.SEEDS) {
                unchanged++;
            } else if (!Objects.equals(known.file(), addition.provenance().file())) {
                relabels.put(addition.article().id(), addition.provenance());
            } else {
                unchanged++;
            }
        }
        Set<String> toRemove = new HashSet<>();
        if (seeds.complete()) {
            current.forEach((id, known) -> {
                if (known.origin() == Origin.SEEDS && !found.containsKey(id) && !unreadable.contains(known.file())) {
                    toRemove.add(id);
                }
            });
        }
        return new Plan(List.copyOf(toEmbed), Set.copyOf(toRemove), Map.copyOf(relabels), unchanged,
                List.copyOf(failures));
    }

    /** Regular files under {@code root}, sorted, without hidden files or folders (as the article loader walks). */
    static List<Path> candidates(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            return paths.filter(Files::isRegularFile).filter(p -> !hidden(root.relativize(p))).sorted().toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }
}
