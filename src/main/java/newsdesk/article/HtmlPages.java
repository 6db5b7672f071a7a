package newsdesk.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a saved page in the charset it was written in: a byte-order mark first, then the page's own
 * {@code <meta charset>} or {@code http-equiv} declaration (jsoup's detection), else UTF-8. A page that declares
 * nothing and is not valid UTF-8 is read as windows-1252, the encoding browsers assume for such pages.
 */
final class HtmlPages {

    private static final String FALLBACK = "windows-1252";

    private HtmlPages() {
    }

    static Document parse(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (page.charset().equals(StandardCharsets.UTF_8) && !declaresCharset(page) && !validUtf8(bytes)) {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), FALLBACK, "");
        }
        return page;
    }

    private static boolean declaresCharset(Document page) {
        return page.selectFirst("meta[charset], meta[http-equiv~=(?i)content-type][content~=(?i)charset]") != null;
    }

    private static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
