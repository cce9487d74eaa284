// The inputs page's own script: a partner's plain form handler. The inputs need no script of
// their own; this only shows what the form would send instead of sending it.

const form = document.getElementById('partner-form');
const output = document.getElementById('partner-form-output');

form?.addEventListener('submit', (event) => {
  // The browser validated first: submit only fires when every input is valid.
  event.preventDefault();
  const lines = [...new FormData(form)].map(([name, value]) => `${name}=${value}`);
  output.textContent = `FormData (would be POSTed):\n${lines.join('\n')}`;
});

form?.addEventListener('reset', () => {
  output.textContent = '';
});
