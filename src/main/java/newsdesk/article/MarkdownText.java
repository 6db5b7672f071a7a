package newsdesk.article;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;

/**
 * Renders a parsed Markdown document as plain paragraphs: every heading, paragraph, list item paragraph and code
 * block becomes one paragraph; emphasis and link markup disappear but their text stays; images and inline HTML tags
 * are dropped; HTML blocks keep their text.
 */
final class MarkdownText extends AbstractVisitor {

    private final List<String> paragraphs = new ArrayList<>();
    private StringBuilder inline;

    private MarkdownText() {
    }

    static List<String> paragraphs(Node document) {
        MarkdownText text = new MarkdownText();
        document.accept(text);
        return text.paragraphs;
    }

    /** The plain text of one inline container such as a heading. */
    static String inlineText(Node node) {
        MarkdownText text = new MarkdownText();
        text.block(node);
        return text.paragraphs.isEmpty() ? "" : text.paragraphs.get(0);
    }

    @Override
    public void visit(Paragraph paragraph) {
        block(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        block(heading);
    }

    @Override
    public void visit(Text text) {
        append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
        append(" ");
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        append(" ");
    }

    @Override
    public void visit(Image image) {
        // an image is not answerable text; its alt text would only repeat the caption
    }

    @Override
    public void visit(HtmlInline htmlInline) {
        // tags only; the text between them arrives as Text nodes
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        add(Jsoup.parseBodyFragment(htmlBlock.getLiteral()).text());
    }

    @Override
    public void visit(FencedCodeBlock codeBlock) {
        add(codeBlock.getLiteral().strip());
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        add(codeBlock.getLiteral().strip());
    }

    private void block(Node node) {
        inline = new StringBuilder();
        visitChildren(node);
        String text = inline.toString();
        inline = null;
        add(Paragraphs.clean(text));
    }

    private void append(String text) {
        if (inline != null) {
            inline.append(text);
        }
    }

    private void add(String paragraph) {
        if (!paragraph.isBlank()) {
            paragraphs.add(paragraph);
        }
    }
}
