// Live regions: an element with data-live="URL" follows that server-sent event stream; each "board" event's data is
// the region's new HTML, rendered by the server. Elements with data-started (ISO time) and data-limit (seconds)
// count up every quarter second, against the server's clock (data-now). Without this script the page shows the
// state it was loaded with, and its forms still work.
(() => {
  const streams = new Map();
  let skew = 0;

  const region = url => [...document.querySelectorAll('[data-live]')].find(e => e.dataset.live === url);

  function mark(element) {
    const mine = (element.dataset.mine || '').split(' ').filter(Boolean);
    for (const item of element.querySelectorAll('[data-contribution]'))
      item.classList.toggle('mine', mine.includes(item.dataset.contribution));
  }

  function connect() {
    const wanted = new Set([...document.querySelectorAll('[data-live]')].map(e => e.dataset.live));
    for (const [url, source] of streams)
      if (!wanted.has(url)) { source.close(); streams.delete(url); }
    for (const url of wanted) {
      if (streams.has(url)) continue;
      const source = new EventSource(url);
      source.addEventListener('board', event => {
        const element = region(url);
        if (!element) return;
        element.innerHTML = event.data;
        const board = element.querySelector('[data-now]');
        if (board) skew = Date.parse(board.dataset.now) - Date.now();
        mark(element);
        tick();
      });
      streams.set(url, source);
    }
    document.querySelectorAll('[data-live]').forEach(mark);
  }

  function tick() {
    for (const timer of document.querySelectorAll('.timer[data-started]')) {
      const seconds = Math.max(0, Math.floor((Date.now() + skew - Date.parse(timer.dataset.started)) / 1000));
      timer.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
      const limit = Number(timer.dataset.limit || 0);
      timer.style.color = limit && seconds > limit ? 'var(--bad)' : '';
    }
  }

  connect();
  setInterval(tick, 250);
  // Enhanced navigation swaps pages without loading scripts again: follow the new page's regions.
  window.Blazor?.addEventListener?.('enhancedload', connect);
})();
