package newsdesk.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import newsdesk.error.RefusedException;
import newsdesk.web.Refusal;

/**
 * Turns a {@code POST /api/articles} body into files the article readers can load, in a private temporary folder
 * deleted on {@link #close()}: each multipart file under its own (sanitised) name, or a JSON / JSON Lines body as
 * {@code request.json} / {@code request.jsonl}. Enforces the size limits while reading.
 */
final class UploadFiles implements AutoCloseable {

    private final Path dir;
    private final List<Path> files = new ArrayList<>();

    private UploadFiles(Path dir) {
        this.dir = dir;
    }

    static UploadFiles from(Context ctx, AdminSettings limits) {
        long length = ctx.req().getContentLengthLong();
        if (length > limits.maxRequestBytes()) {
            throw tooLarge("request_too_large", "the request has " + length + " bytes; the limit is "
                    + limits.maxRequestBytes());
        }
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        UploadFiles upload = new UploadFiles(createDir());
        try {
            if (type.startsWith("multipart/form-data")) {
                if (length < 0) {
                    throw new Refusal(411, "length_required", "file uploads need a Content-Length header");
                }
                upload.saveParts(ctx, limits);
            } else if (type.startsWith("application/json")) {
                upload.saveBody(ctx, "request.json", limits);
            } else if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                    || type.startsWith("application/json-lines")) {
                upload.saveBody(ctx, "request.jsonl", limits);
            } else {
                throw new Refusal(415, "unsupported_media_type", "send application/json (an article "
                        + "object or an array of them), application/x-ndjson, or multipart/form-data files");
            }
            return upload;
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
    }

    List<Path> files() {
        return files;
    }

    private void saveParts(Context ctx, AdminSettings limits) {
        List<UploadedFile> parts;
        try {
            parts = ctx.uploadedFiles();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("size") || message.contains("exceed") || message.contains("too large")) {
                throw tooLarge("request_too_large", "an uploaded file or the request exceeds the size limit");
            }
            throw new RefusedException(RefusedException.Kind.INVALID, "bad_multipart", "the multipart body cannot be read");
        }
        if (parts.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "no_files", "the multipart request holds no files");
        }
        for (UploadedFile part : parts) {
            if (part.size() > limits.maxFileBytes()) {
                throw tooLarge("file_too_large", "'" + safeName(part.filename()) + "' has " + part.size()
                        + " bytes; the limit per file is " + limits.maxFileBytes());
            }
        }
        for (UploadedFile part : parts) {
            try (InputStream in = part.content()) {
                save(safeName(part.filename()), in, limits.maxFileBytes(), "file_too_large");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void saveBody(Context ctx, String name, AdminSettings limits) {
        try (InputStream in = ctx.bodyInputStream()) {
            save(name, in, limits.maxRequestBytes(), "request_too_large");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(String name, InputStream in, long limit, String code) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(String.valueOf(files.size())));
        Path file = folder.resolve(name);
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > limit) {
                    throw tooLarge(code, "'" + name + "' is larger than the limit of " + limit + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        files.add(file);
    }

    /** The client's file name reduced to a safe last segment; the extension chooses the reader. */
    static String safeName(String filename) {
        String name = filename == null ? "" : filename;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        return name.isEmpty() ? "upload" : name;
    }

    private static RefusedException tooLarge(String code, String message) {
        return new RefusedException(RefusedException.Kind.TOO_LARGE, code, message);
    }

    private static Path createDir() {
        try {
            return Files.createTempDirectory("newsdesk-upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the upload folder " + dir, e);
        }
    }
}
