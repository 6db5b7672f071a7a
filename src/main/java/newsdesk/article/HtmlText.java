package newsdesk.article;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML element as paragraphs: every block element (paragraph, heading, list item, div, ...)
 * starts a new paragraph, inline elements keep flowing, whitespace collapses. Noise must be removed beforehand.
 */
final class HtmlText implements NodeVisitor {

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private HtmlText() {
    }

    static List<String> paragraphs(Element root) {
        HtmlText text = new HtmlText();
        NodeTraversor.traverse(text, root);
        text.flush();
        return text.paragraphs;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            current.append(textNode.getWholeText());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                current.append(' ');
            } else if (element.isBlock()) {
                flush();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock()) {
            flush();
        }
    }

    private void flush() {
        String paragraph = Paragraphs.clean(current.toString());
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }
}
