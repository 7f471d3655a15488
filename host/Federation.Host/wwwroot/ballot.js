// The voting page (Elections' VotePage) on a phone. Without this script the page is a plain form:
// the code typed by hand, places chosen in selects, ticks counted by the server.
(() => {
  // A QR code's address carries the code after '#', which the browser never sends: fill it in, drop it
  // from the address bar and history, and open the ballot.
  const code = document.getElementById('vote-code');
  if (code && location.hash.length > 1) {
    code.value = decodeURIComponent(location.hash.slice(1));
    history.replaceState(null, '', location.pathname);
    code.form.requestSubmit(code.form.querySelector('button[name="Paper.Step"]'));
  }

  // Ranked ballot: tap candidates in order of preference, move them up and down. The selects stay in
  // the form (hidden) and always hold places 1, 2, 3 … without gaps, so what is sent is what is shown.
  for (const list of document.querySelectorAll('ol.ranked')) {
    const items = [...list.querySelectorAll('li[data-number]')];
    const select = li => li.querySelector('select');
    let order = items.filter(li => select(li).value).sort((a, b) => select(a).value - select(b).value);
    const status = document.createElement('p');
    status.setAttribute('aria-live', 'polite');
    list.before(status);
    const button = (text, label, action) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      if (label) b.setAttribute('aria-label', label);
      b.addEventListener('click', action);
      return b;
    };
    const move = (li, by) => {
      const i = order.indexOf(li);
      const j = i + by;
      if (i < 0 || j < 0 || j >= order.length) return;
      [order[i], order[j]] = [order[j], order[i]];
      render();
    };
    for (const li of items) {
      const name = li.dataset.name;
      li.querySelector('label').style.display = 'none'; // still in the form; app.css's label display would beat [hidden]
      li.style.cssText = 'display:flex;gap:.4rem;align-items:center;margin:.35rem 0';
      const pick = button(name, null, () => {
        order = order.includes(li) ? order.filter(x => x !== li) : [...order, li];
        render();
      });
      pick.className = 'pick';
      pick.style.cssText = 'flex:1;min-width:0;text-align:left;padding:.7rem;overflow-wrap:anywhere';
      const place = document.createElement('span');
      place.className = 'place';
      place.style.cssText = 'min-width:1.6rem;font-weight:700;text-align:center';
      li.prepend(place);
      li.append(pick,
        button('↑', `${list.dataset.up} ${name}`, () => move(li, -1)),
        button('↓', `${list.dataset.down} ${name}`, () => move(li, 1)));
    }
    function render() {
      order.forEach((li, i) => { select(li).value = String(i + 1); list.append(li); });
      items.filter(li => !order.includes(li)).forEach(li => { select(li).value = ''; list.append(li); });
      for (const li of items) {
        const at = order.indexOf(li);
        li.querySelector('.place').textContent = at < 0 ? '' : String(at + 1);
        li.querySelector('.pick').setAttribute('aria-pressed', String(at >= 0));
        for (const b of li.querySelectorAll('button:not(.pick)')) b.hidden = at < 0;
      }
      status.textContent = order.length === 0 ? list.dataset.none
        : `${list.dataset.chosen}: ${order.map((li, i) => `${i + 1}. ${li.dataset.name}`).join(', ')}`;
    }
    render();
  }

  // Approval: say at once when more are ticked than there are seats.
  for (const set of document.querySelectorAll('fieldset.marked')) {
    const note = document.createElement('p');
    note.className = 'error';
    note.setAttribute('role', 'alert');
    set.after(note);
    set.addEventListener('change', () => {
      const ticked = set.querySelectorAll('input:checked').length;
      const seats = Number(set.dataset.seats);
      note.textContent = ticked > seats ? set.dataset.tooMany.replace('{0}', ticked).replace('{1}', seats) : '';
    });
  }
})();
