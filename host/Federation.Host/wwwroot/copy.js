// Copy buttons (<button type="button" data-copy="field id">, Platform's CopyField): one click puts the
// field's text on the clipboard. Without this script the field still selects by hand.
document.addEventListener('click', async event => {
  const button = event.target.closest('button[data-copy]');
  if (!button) return;
  const field = document.getElementById(button.dataset.copy);
  field.select();
  try { await navigator.clipboard.writeText(field.value); } catch { document.execCommand('copy'); }
  button.textContent = button.dataset.copied;
});
