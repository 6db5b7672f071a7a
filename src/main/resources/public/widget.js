// Newsdesk embeddable widget. Add to any allowed site:
//   <script src="https://HOST/widget.js" data-newsdesk-url="https://HOST" data-title="Ask the newsroom"
//           data-accent="#c0392b" defer></script>
// It adds a floating launcher that opens the Newsdesk chat in an iframe, inside a Shadow DOM so the host page's CSS
// and the widget's never touch. The server decides which sites may embed it (NEWSDESK_ALLOWED_ORIGINS): on any other
// site the permission check below fails, no launcher appears, and the browser would refuse to frame the chat anyway.
// The script tag's data-newsdesk-status becomes "ready" or "refused" once that is decided.
'use strict';

(() => {
    const script = document.currentScript;
    if (!script || document.querySelector('[data-newsdesk-widget]')) {
        return;
    }
    const base = (script.dataset.newsdeskUrl || new URL(script.src).origin).replace(/\/+$/, '');
    const title = (script.dataset.title || 'Ask Newsdesk').slice(0, 80);
    const accent = /^#[0-9a-fA-F]{3,8}$/.test(script.dataset.accent || '') ? script.dataset.accent : '';

    fetch(base + '/api/config', { mode: 'cors', credentials: 'omit' })
        .then((response) => {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            mount();
            script.dataset.newsdeskStatus = 'ready';
        })
        .catch((error) => {
            script.dataset.newsdeskStatus = 'refused';
            console.warn('Newsdesk widget: ' + window.location.origin + ' may not embed ' + base
                + ' (' + error.message + '). Ask its operator to add this site to NEWSDESK_ALLOWED_ORIGINS.');
        });

    function mount() {
        const host = document.createElement('div');
        host.setAttribute('data-newsdesk-widget', '');
        const root = host.attachShadow({ mode: 'open' });

        const style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = base + '/widget.css';

        const launcher = document.createElement('button');
        launcher.type = 'button';
        launcher.className = 'launcher';
        launcher.textContent = title;
        launcher.setAttribute('aria-expanded', 'false');
        launcher.setAttribute('aria-controls', 'newsdesk-panel');

        const panel = document.createElement('div');
        panel.className = 'panel';
        panel.id = 'newsdesk-panel';
        panel.hidden = true;
        panel.setAttribute('role', 'dialog');
        panel.setAttribute('aria-label', title);

        const head = document.createElement('div');
        head.className = 'head';
        const name = document.createElement('span');
        name.textContent = title;
        const close = document.createElement('button');
        close.type = 'button';
        close.className = 'close';
        close.textContent = '×';
        close.setAttribute('aria-label', 'Close ' + title);
        head.append(name, close);
        panel.append(head);

        if (accent) {
            host.style.setProperty('--newsdesk-accent', accent);
        }
        root.append(style, panel, launcher);
        document.body.append(host);

        let frame = null;
        const open = () => {
            if (!frame) {
                const query = new URLSearchParams({ embed: '1', title });
                if (accent) {
                    query.set('accent', accent);
                }
                frame = document.createElement('iframe');
                frame.className = 'frame';
                frame.title = title;
                frame.src = base + '/?' + query.toString();
                panel.append(frame);
            }
            panel.hidden = false;
            launcher.setAttribute('aria-expanded', 'true');
            frame.focus();
        };
        const hide = () => {
            panel.hidden = true;
            launcher.setAttribute('aria-expanded', 'false');
            launcher.focus();
        };
        launcher.addEventListener('click', () => (panel.hidden ? open() : hide()));
        close.addEventListener('click', hide);
        panel.addEventListener('keydown', (event) => {
            if (event.key === 'Escape') {
                hide();
            }
        });
    }
})();
