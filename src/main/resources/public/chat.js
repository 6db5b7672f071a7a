// Newsdesk chat page. Plain JavaScript, no build step. Every piece of article or answer text is inserted with
// textContent or text nodes, never as HTML, so a story that contains markup stays inert.
'use strict';

(() => {
    const STORE_KEY = 'newsdesk.chat.v1';
    // A streamed text's first paragraph longer than this is not the direct answer line: stop holding it back.
    const HEAD_LIMIT = 600;
    // What may stand beside the direct answer parts in that line: markers, resolved dates, separators.
    const LEFTOVER = /^(?:\s|[;,.·—–]|\[\d+\]|\(\d{1,2} [A-Z][a-z]{2} \d{4}\))*$/;
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const FIELDS = { author: 'Author', source: 'Outlet', publishedAt: 'Published', url: 'Link' };
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
            const same = message.querySelectorAll('.direct .cite-btn, .answer .cite-btn')[focused];
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
            } else if (event === 'direct') {
                // The direct answer comes first, in bold; the text's own copy of that line is then skipped.
                for (const citation of data.citations || []) {
                    pending.citations.set(citation.n, citation);
                }
                pending.direct = data.direct;
                pending.head = '';
                const strong = el('strong', 'direct');
                appendMarked(strong, directLine(data.direct), pending.citations);
                pending.text.prepend(strong);
            } else if (event === 'delta') {
                // Citations come with the increment whose markers introduce them, so its [n] work at once.
                for (const citation of data.citations || []) {
                    pending.citations.set(citation.n, citation);
                }
                appendMarked(pending.text, streamedQuotes(pending, data.text), pending.citations);
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

    /**
     * While the text's first paragraph may still be the direct answer line (already shown in bold), holds it back;
     * returns what to show of this increment.
     */
    function streamedQuotes(pending, increment) {
        if (pending.head === undefined) {
            return increment;
        }
        pending.head += increment;
        const blank = pending.head.indexOf('\n\n');
        if (blank < 0 && pending.head.length < HEAD_LIMIT) {
            return '';
        }
        const held = pending.head;
        pending.head = undefined;
        return blank >= 0 && onlyParts(held.slice(0, blank), pending.direct)
            ? held.slice(blank + 2).replace(/^\s+/, '') : held;
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
        const { direct, quotes } = lead(answer);
        const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
        if (direct !== null) {
            const line = el('p', 'direct');
            const strong = el('strong');
            appendMarked(strong, direct, byNumber);
            line.append(strong);
            bubble.append(line);
        }
        if (direct === null || quotes) {
            const p = el('p', 'answer');
            appendQuotes(p, quotes, byNumber, direct === null ? [] : answer.direct);
            bubble.append(p);
        }
        if (answer.citations.length) {
            bubble.append(sourceList(answer.citations));
        }
        if (answer.abstained && answer.closest.length) {
            bubble.append(el('p', 'closest-head', 'Closest coverage:'), closestList(answer.closest));
        }
        node.append(bubble);
        return node;
    }

    // ---- the direct answer: same rules as AnswerLead on the server ----

    /** {direct, quotes}: the direct answer line (null when there is none) and the quotes that follow it. */
    function lead(answer) {
        const parts = answer.direct || [];
        const text = answer.answer;
        if (!parts.length || answer.abstained) {
            return { direct: null, quotes: text };
        }
        if (onlyParts(text, parts)) {
            return { direct: text.trim(), quotes: '' };
        }
        const blank = text.indexOf('\n\n');
        if (blank > 0 && onlyParts(text.slice(0, blank), parts)) {
            return { direct: text.slice(0, blank).trim(), quotes: text.slice(blank + 2).trim() };
        }
        return { direct: directLine(parts), quotes: text };
    }

    function onlyParts(head, parts) {
        let rest = head;
        for (const part of parts) {
            if (!rest.includes(part.text)) {
                return false;
            }
            rest = rest.split(part.text).join('');
        }
        return LEFTOVER.test(rest);
    }

    /** "Wednesday (3 Sep 2025) [1]; Kim Jong Un [2]". */
    function directLine(parts) {
        return parts.map((p) => p.text + (p.resolved ? ' (' + dayMonthYear(p.resolved) + ')' : '') + ' [' + p.n + ']')
            .join('; ');
    }

    /** "2025-09-03" → "3 Sep 2025", as the server writes resolved dates. */
    function dayMonthYear(iso) {
        const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
        return m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : iso;
    }

    /** "Author: Dasl Yoon" for a metadata citation, null for a quoted sentence. */
    function fieldLabel(citation) {
        if (citation.kind !== 'metadata') {
            return null;
        }
        const value = citation.field === 'publishedAt' && /^\d{4}-\d{2}-\d{2}/.test(citation.sentence)
            ? dayMonthYear(citation.sentence) : citation.sentence;
        return (FIELDS[citation.field] || citation.field) + ': ' + value;
    }

    /** The sentence with " (3 Sep 2025)" after each of its resolved relative dates. */
    function withDates(citation) {
        let text = citation.sentence;
        for (const d of [...(citation.dates || [])].sort((a, b) => b.end - a.end)) {
            text = text.slice(0, d.end) + ' (' + dayMonthYear(d.date) + ')' + text.slice(d.end);
        }
        return text;
    }

    /**
     * Like appendMarked, and inside the quote that ends at a citation's first marker, highlights the direct answer
     * parts taken from that citation (a <mark>) and shows its resolved dates (a <time>, added when the text lacks it).
     */
    function appendQuotes(parent, text, byNumber, parts) {
        const todo = new Map();
        for (const part of parts) {
            todo.set(part.n, [...(todo.get(part.n) || []), part]);
        }
        const dated = new Set();
        let last = 0;
        for (const match of text.matchAll(/\[(\d+)\]/g)) {
            const citation = byNumber.get(Number(match[1]));
            if (!citation) {
                continue;
            }
            const segment = text.slice(last, match.index);
            const ranges = [];
            const left = [];
            for (const part of todo.get(citation.n) || []) {
                const at = locate(segment, citation.sentence, part.start, part.end);
                if (at >= 0) {
                    ranges.push({ start: at, end: at + part.text.length, node: () => el('mark', 'answer-span') });
                } else {
                    left.push(part);
                }
            }
            todo.set(citation.n, left);
            if (!dated.has(citation.n)) {
                for (const d of citation.dates || []) {
                    const at = locate(segment, citation.sentence, d.start, d.end);
                    if (at >= 0) {
                        dated.add(citation.n);
                        ranges.push(dateRange(segment, at + d.end - d.start, d.date));
                    }
                }
            }
            appendRanges(parent, segment, ranges);
            parent.append(marker(citation));
            last = match.index + match[0].length;
        }
        parent.append(document.createTextNode(text.slice(last)));
    }

    /** The resolved date after a relative date ending at `at`: wraps the text's own "(3 Sep 2025)", or adds one. */
    function dateRange(segment, at, iso) {
        const label = ' (' + dayMonthYear(iso) + ')';
        const node = (text) => {
            const time = el('time', 'resolved', text);
            time.dateTime = iso;
            return time;
        };
        return segment.startsWith(label, at) ? { start: at, end: at + label.length, node: () => node()
        } : { start: at, end: at, node: () => node(label) };
    }

    /** Where sentence[start, end) is in segment (the same occurrence of that text), or -1. */
    function locate(segment, sentence, start, end) {
        const target = sentence.slice(start, end);
        if (!target) {
            return -1;
        }
        let nth = 0;
        for (let i = sentence.indexOf(target); i >= 0 && i < start; i = sentence.indexOf(target, i + target.length)) {
            nth++;
        }
        let at = segment.indexOf(target);
        for (let k = 0; k < nth && at >= 0; k++) {
            at = segment.indexOf(target, at + target.length);
        }
        return at >= 0 ? at : segment.indexOf(target);
    }

    /** Appends segment as text, with each non-overlapping range wrapped in (or preceded by) its element. */
    function appendRanges(parent, segment, ranges) {
        let last = 0;
        for (const range of ranges.sort((a, b) => a.start - b.start || a.end - b.end)) {
            if (range.start < last) {
                continue;
            }
            parent.append(document.createTextNode(segment.slice(last, range.start)));
            const node = range.node();
            if (range.end > range.start) {
                node.append(document.createTextNode(segment.slice(range.start, range.end)));
            }
            parent.append(node);
            last = range.end;
        }
        parent.append(document.createTextNode(segment.slice(last)));
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
        const field = fieldLabel(citation);
        tip.append(field ? el('span', 'tip-field', field) : el('q', 'tip-quote', withDates(citation)),
            el('span', 'tip-meta', byline(citation)));
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
            item.append(el('span', 'numbers', cited.map((c) => c.n).join(', ')));
            for (const c of cited) {
                const field = fieldLabel(c);
                if (field) {
                    item.append(el('span', 'field', field + ' — '));
                }
            }
            item.append(link, el('span', 'meta', ' — ' + byline(first)));
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
