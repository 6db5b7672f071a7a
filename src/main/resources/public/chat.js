// Newsdesk chat page. Plain JavaScript, no build step. Every piece of article or answer text is inserted with
// textContent or text nodes, never as HTML, so a story that contains markup stays inert.
'use strict';

(() => {
    const STORE_KEY = 'newsdesk.chat.v1';
    const params = new URLSearchParams(window.location.search);
    const $ = (id) => document.getElementById(id);
    const log = $('log');
    const form = $('ask');
    const input = $('question');
    const send = $('send');
    const status = $('status');
    const dialog = $('article');

    let state = load();
    let busy = false;
    let tipCount = 0;

    configure();
    restore();
    form.addEventListener('submit', (event) => {
        event.preventDefault();
        ask(input.value);
    });
    input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            form.requestSubmit();
        }
    });
    $('new-chat').addEventListener('click', () => {
        state = { conversationId: null, messages: [] };
        save();
        log.querySelectorAll('.msg').forEach((node) => node.remove());
        $('intro').hidden = false;
        setStatus('Started a new conversation.');
        input.focus();
    });
    $('article-close').addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
        if (event.target === dialog) {
            dialog.close();
        }
    });

    // ---- configuration: embed mode, title, accent colour, limits ----

    function configure() {
        if (params.get('embed') === '1') {
            document.documentElement.classList.add('embedded');
        }
        const title = (params.get('title') || '').trim().slice(0, 80);
        if (title) {
            $('title').textContent = title;
            document.title = title;
        }
        const accent = params.get('accent') || '';
        if (/^#[0-9a-fA-F]{3,8}$/.test(accent)) {
            document.documentElement.style.setProperty('--accent', accent);
        }
        if (params.get('article')) {
            openArticle(params.get('article'), Number(params.get('start') ?? -1), Number(params.get('end') ?? -1));
        }
        fetch('api/config').then((r) => (r.ok ? r.json() : null)).then((config) => {
            if (config && config.maxQuestionChars > 0) {
                input.maxLength = config.maxQuestionChars;
            }
        }).catch(() => { /* keep the built-in limit */ });
    }

    // ---- conversation state, kept for the browser tab's session ----

    function load() {
        try {
            const saved = JSON.parse(sessionStorage.getItem(STORE_KEY));
            if (saved && Array.isArray(saved.messages)) {
                return saved;
            }
        } catch (e) { /* storage unavailable or corrupt: start fresh */ }
        return { conversationId: null, messages: [] };
    }

    function save() {
        try {
            sessionStorage.setItem(STORE_KEY, JSON.stringify(state));
        } catch (e) { /* private mode or full: the conversation just won't survive a reload */ }
    }

    function restore() {
        for (const message of state.messages) {
            if (message.role === 'user') {
                log.append(userMessage(message.text));
            } else if (message.answer) {
                log.append(botMessage(message.answer));
            }
        }
        $('intro').hidden = state.messages.length > 0;
        scrollToEnd();
    }

    // ---- asking ----

    async function ask(raw) {
        const question = raw.trim();
        if (!question || busy) {
            return;
        }
        busy = true;
        send.disabled = true;
        $('intro').hidden = true;
        input.value = '';
        log.append(userMessage(question));
        state.messages.push({ role: 'user', text: question });
        save();
        const pending = pendingMessage();
        log.append(pending.node);
        scrollToEnd();
        setStatus('Searching the articles…');
        try {
            let answer = await stream(question, state.conversationId, pending);
            if (answer === 'conversation_not_found') {
                setStatus('The earlier conversation has expired; asking as a new one.');
                state.conversationId = null;
                answer = await stream(question, null, pending);
            }
            if (answer && typeof answer === 'object') {
                state.conversationId = answer.conversationId;
                state.messages.push({ role: 'bot', answer });
                save();
                finish(pending, botMessage(answer));
                setStatus(answer.abstained ? 'No answer found in the articles.' : 'Answer ready.');
            }
        } catch (error) {
            pending.node.replaceWith(errorMessage('Could not reach Newsdesk: ' + error.message));
            setStatus('');
        } finally {
            busy = false;
            send.disabled = false;
            scrollToEnd();
            if (!log.contains(document.activeElement)) {
                input.focus();
            }
        }
    }

    /**
     * Replaces the streamed answer with the finished one. A reader on a streamed marker keeps their place: the same
     * marker of the finished answer takes the focus (the streamed markers and the final ones are the same).
     */
    function finish(pending, message) {
        const streamed = [...pending.node.querySelectorAll('.cite-btn')];
        const focused = streamed.indexOf(document.activeElement);
        pending.node.replaceWith(message);
        if (focused >= 0) {
            const same = message.querySelectorAll('.answer .cite-btn')[focused];
            if (same) {
                same.focus();
            }
        }
    }

    /** Streams one answer; returns the answer, 'conversation_not_found', or null after showing an error. */
    async function stream(question, conversationId, pending) {
        const body = { question };
        if (conversationId) {
            body.conversationId = conversationId;
        }
        const response = await fetch('api/ask/stream', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
            body: JSON.stringify(body),
        });
        const type = response.headers.get('Content-Type') || '';
        if (!response.ok || !type.startsWith('text/event-stream')) {
            const error = await errorOf(response);
            if (error.code === 'conversation_not_found' && conversationId) {
                return 'conversation_not_found';
            }
            pending.node.replaceWith(errorMessage(error.message));
            setStatus('');
            return null;
        }
        let final = null;
        let failed = false;
        await readEvents(response.body, (event, data) => {
            if (event === 'sources') {
                const n = data.passages.length;
                setStatus(n ? 'Found ' + n + ' passage' + (n === 1 ? '' : 's') + '; writing the answer…'
                    : 'Nothing close found; writing the answer…');
            } else if (event === 'delta') {
                // Citations come with the increment whose markers introduce them, so its [n] work at once.
                for (const citation of data.citations || []) {
                    pending.citations.set(citation.n, citation);
                }
                appendMarked(pending.text, data.text, pending.citations);
            } else if (event === 'done') {
                final = data;
            } else if (event === 'error') {
                failed = true;
                pending.node.replaceWith(errorMessage(data.error.message));
                setStatus('');
            }
        });
        if (!final && !failed) {
            // The connection ended without "done" or "error" (a proxy timeout, a restart): never leave half an answer.
            pending.node.replaceWith(errorMessage('The answer was cut off before it was complete. Please ask again.'));
            setStatus('');
        }
        return final;
    }

    async function errorOf(response) {
        try {
            const json = await response.json();
            if (json && json.error) {
                return json.error;
            }
        } catch (e) { /* not JSON */ }
        return { code: 'http_' + response.status, message: 'The server answered ' + response.status + '.' };
    }

    /** Reads a text/event-stream body and calls onEvent(name, parsedJson) for every event. */
    async function readEvents(body, onEvent) {
        const reader = body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
            const { value, done } = await reader.read();
            if (done) {
                break;
            }
            buffer += value;
            let end;
            while ((end = buffer.indexOf('\n\n')) >= 0) {
                const block = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                let event = 'message';
                const data = [];
                for (const line of block.split('\n')) {
                    if (line.startsWith('event:')) {
                        event = line.slice(6).trim();
                    } else if (line.startsWith('data:')) {
                        data.push(line.slice(5).replace(/^ /, ''));
                    }
                }
                if (data.length) {
                    onEvent(event, JSON.parse(data.join('\n')));
                }
            }
        }
    }

    // ---- rendering ----

    function userMessage(text) {
        const node = el('div', 'msg user');
        node.append(el('p', 'who visually-hidden', 'You asked:'), el('p', 'bubble', text));
        return node;
    }

    function pendingMessage() {
        const node = el('div', 'msg bot pending');
        node.setAttribute('aria-busy', 'true');
        const text = el('p', 'bubble');
        node.append(el('p', 'who visually-hidden', 'Newsdesk is answering:'), text);
        return { node, text, citations: new Map() };
    }

    function errorMessage(message) {
        const node = el('div', 'msg bot error');
        node.setAttribute('role', 'alert');
        node.append(el('p', 'bubble', message));
        return node;
    }

    function botMessage(answer) {
        const node = el('article', 'msg bot' + (answer.abstained ? ' abstained' : ''));
        node.append(el('p', 'who visually-hidden', 'Newsdesk answered:'));
        const bubble = el('div', 'bubble');
        bubble.append(answerText(answer));
        if (answer.citations.length) {
            bubble.append(sourceList(answer.citations));
        }
        if (answer.abstained && answer.closest.length) {
            bubble.append(el('p', 'closest-head', 'Closest coverage:'), closestList(answer.closest));
        }
        node.append(bubble);
        return node;
    }

    /** The answer text with each [n] turned into a superscript marker that shows and opens citation n. */
    function answerText(answer) {
        if (answer.format === 'timeline' || answer.format === 'outlets') {
            return newsLayout(answer);
        }
        const p = el('p', 'answer');
        appendMarked(p, answer.answer, new Map(answer.citations.map((c) => [c.n, c])));
        return p;
    }

    /**
     * A timeline ("- 12 Oct 2023: sentence [n]" lines) or one line per outlet ("Outlet: sentence [n]"): the first
     * block of the text as a list with the date or outlet set apart, any further paragraph ("Also reported by …") after.
     */
    function newsLayout(answer) {
        const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
        const box = el('div', 'answer news-layout');
        const [block, ...rest] = answer.answer.split('\n\n');
        const list = el('ul', 'news-' + answer.format);
        for (const line of block.split('\n')) {
            const text = answer.format === 'timeline' ? line.replace(/^- /, '') : line;
            const at = text.indexOf(': ');
            const item = el('li');
            if (at > 0) {
                item.append(el(answer.format === 'timeline' ? 'time' : 'strong', 'news-label', text.slice(0, at)), ' ');
            }
            appendMarked(item, at > 0 ? text.slice(at + 2) : text, byNumber);
            list.append(item);
        }
        box.append(list);
        for (const paragraph of rest) {
            const p = el('p');
            appendMarked(p, paragraph, byNumber);
            box.append(p);
        }
        return box;
    }

    /** Appends text to parent as text nodes, with each [n] whose citation byNumber knows turned into a marker. */
    function appendMarked(parent, text, byNumber) {
        let last = 0;
        for (const match of text.matchAll(/\[(\d+)\]/g)) {
            const citation = byNumber.get(Number(match[1]));
            if (!citation) {
                continue;
            }
            parent.append(document.createTextNode(text.slice(last, match.index)));
            parent.append(marker(citation));
            last = match.index + match[0].length;
        }
        parent.append(document.createTextNode(text.slice(last)));
    }

    function marker(citation) {
        const sup = el('sup', 'cite');
        const tipId = 'tip-' + (++tipCount);
        const button = el('button', 'cite-btn', String(citation.n));
        button.type = 'button';
        button.dataset.n = String(citation.n);
        button.setAttribute('aria-label', 'Source ' + citation.n + ', ' + byline(citation) + '. Open the article.');
        button.setAttribute('aria-describedby', tipId);
        button.addEventListener('click', () => openArticle(citation.articleId, citation.start, citation.end));
        const tip = el('span', 'tip');
        tip.id = tipId;
        tip.setAttribute('role', 'tooltip');
        tip.append(el('q', 'tip-quote', citation.sentence), el('span', 'tip-meta', byline(citation)));
        sup.append(button, tip);
        return sup;
    }

    /** One line per cited article: its marker numbers, its title (opens the first cited sentence), outlet, date. */
    function sourceList(citations) {
        const list = el('ul', 'sources');
        list.setAttribute('aria-label', 'Sources');
        const byArticle = new Map();
        for (const c of citations) {
            if (!byArticle.has(c.articleId)) {
                byArticle.set(c.articleId, []);
            }
            byArticle.get(c.articleId).push(c);
        }
        for (const cited of byArticle.values()) {
            const first = cited[0];
            const item = el('li');
            const link = el('a', 'source', first.title);
            link.href = articleHref(first.articleId, first.start, first.end);
            link.addEventListener('click', (event) => {
                event.preventDefault();
                openArticle(first.articleId, first.start, first.end);
            });
            item.append(el('span', 'numbers', cited.map((c) => c.n).join(', ')), link,
                el('span', 'meta', ' — ' + byline(first)));
            list.append(item);
        }
        return list;
    }

    function closestList(coverage) {
        const list = el('ul', 'closest');
        for (const c of coverage) {
            const item = el('li');
            const link = el('a', 'source', c.title);
            link.href = articleHref(c.articleId);
            link.addEventListener('click', (event) => {
                event.preventDefault();
                openArticle(c.articleId, -1, -1);
            });
            item.append(link, el('span', 'meta', ' — ' + byline(c)));
            list.append(item);
        }
        return list;
    }

    // ---- the article viewer ----

    async function openArticle(id, start, end) {
        let article;
        try {
            const response = await fetch('api/articles/' + encodeURIComponent(id));
            if (!response.ok) {
                setStatus((await errorOf(response)).message);
                return;
            }
            article = await response.json();
        } catch (error) {
            setStatus('Could not load the article: ' + error.message);
            return;
        }
        $('article-title').textContent = article.title;
        $('article-meta').textContent = byline(article) + (article.author ? ' · ' + article.author : '');
        const body = $('article-body');
        body.replaceChildren();
        const text = article.body;
        let mark = null;
        if (start >= 0 && end > start && end <= text.length) {
            mark = el('mark', 'cited', text.slice(start, end));
            mark.tabIndex = -1;
            body.append(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
        } else {
            body.append(document.createTextNode(text));
        }
        const link = $('article-link');
        link.hidden = !isWebUrl(article.url);
        if (isWebUrl(article.url)) {
            link.href = article.url;
        } else {
            link.removeAttribute('href');
        }
        if (!dialog.open) {
            dialog.showModal();
        }
        if (mark) {
            mark.scrollIntoView({ block: 'center' });
            mark.focus({ preventScroll: true });
        } else {
            body.scrollTop = 0;
            $('article-close').focus();
        }
    }

    // ---- helpers ----

    function byline(item) {
        const parts = [];
        if (item.source) {
            parts.push(item.source);
        }
        if (item.publishedAt) {
            parts.push(formatDate(item.publishedAt));
        }
        return parts.length ? parts.join(', ') : 'unknown outlet';
    }

    /** The calendar date the outlet printed (the date part of the ISO timestamp), e.g. "Aug 28, 2025". */
    function formatDate(iso) {
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
        if (!m) {
            return iso;
        }
        const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
        return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    }

    function isWebUrl(url) {
        if (!url) {
            return false;
        }
        try {
            const parsed = new URL(url);
            return parsed.protocol === 'https:' || parsed.protocol === 'http:';
        } catch (e) {
            return false;
        }
    }

    /** A link that opens the article viewer on its own (new tab, copied link). */
    function articleHref(id, start, end) {
        const query = new URLSearchParams({ article: id });
        if (start >= 0 && end > start) {
            query.set('start', String(start));
            query.set('end', String(end));
        }
        return '?' + query.toString();
    }

    function setStatus(text) {
        status.textContent = text;
    }

    function scrollToEnd() {
        log.scrollTop = log.scrollHeight;
    }

    function el(tag, className, text) {
        const node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }
})();
