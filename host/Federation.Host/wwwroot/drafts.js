// Drafts kept in this browser: a <textarea data-draft="key" data-revision="n"> stores what is typed in localStorage,
// so text written but not saved survives a closed tab, a lost connection or a crashed phone. When the page comes back
// the draft returns to its box if nobody saved the field since (same revision); if someone did, it is shown beside the
// box to copy from, never put over their text. A draft is dropped once the page shows it saved (data-saved), and
// every draft at sign-out.
(() => {
  const english = () => document.documentElement.lang === 'en';
  const storeKey = box => `draft:${box.dataset.draft}`;

  function read(box) {
    try { return JSON.parse(localStorage.getItem(storeKey(box)) || 'null'); } catch { return null; }
  }

  function notice(box, className, text, draft) {
    box.parentElement.querySelector(`.${className}[data-for="${box.dataset.draft}"]`)?.remove();
    const note = document.createElement('div');
    note.className = `notice ${className}`;
    note.dataset.for = box.dataset.draft;
    note.setAttribute('role', 'status');
    const p = document.createElement('p');
    p.textContent = text;
    note.append(p);
    if (draft !== undefined) {
      const kept = document.createElement('p');
      kept.className = 'kept-draft';
      kept.style.whiteSpace = 'pre-wrap';
      kept.textContent = draft;
      note.append(kept);
    }
    box.before(note);
  }

  function restore() {
    for (const box of document.querySelectorAll('textarea[data-draft]')) {
      const draft = read(box);
      if (!draft) continue;
      if (draft.text === box.value) {
        if (box.dataset.saved === 'true') localStorage.removeItem(storeKey(box));
        continue;
      }
      if (String(draft.revision) === box.dataset.revision) {
        box.value = draft.text;
        notice(box, 'restored-draft', english()
          ? 'Brought back from this browser: text you wrote here but did not save. Save to keep it.'
          : 'Återställt från den här webbläsaren: text du skrev här men inte sparade. Spara för att behålla den.');
      } else {
        notice(box, 'stale-draft', english()
          ? 'You wrote this here without saving, but someone has saved this item since. Their text is in the box; copy what should stay of yours:'
          : 'Du skrev det här utan att spara, men någon har sparat punkten sedan dess. Deras text står i rutan; för in det som ska vara kvar av ditt:',
          draft.text);
      }
    }
  }

  document.addEventListener('input', event => {
    const box = event.target.closest?.('textarea[data-draft]');
    if (!box) return;
    try { localStorage.setItem(storeKey(box), JSON.stringify({ text: box.value, revision: box.dataset.revision })); } catch { }
  });

  // Signing out leaves no minutes behind on a shared computer.
  document.addEventListener('submit', event => {
    if (!event.target.action?.endsWith('/signout')) return;
    for (const key of Object.keys(localStorage)) if (key.startsWith('draft:')) localStorage.removeItem(key);
  });

  restore();
  // Enhanced navigation and forms swap the page without loading scripts again.
  window.Blazor?.addEventListener?.('enhancedload', restore);
})();
