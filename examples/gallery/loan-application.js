// The loan page's own script: what a host app does with these elements.
//   - jg-loan-submit is cancelable: a host may stop a submission (e.g. ask the member to log in
//     again first). The gallery lets it through and only notes it.
//   - jg-loan-submitted carries the created application, masked as the API returns it.

const log = document.querySelector('[data-loan-log]');

document.addEventListener('jg-loan-submit', (event) => {
  const { productId, amountFen, termMonths } = event.detail;
  if (log) log.textContent = `jg-loan-submit: ${productId}, ${amountFen} fen, ${termMonths} months`;
});

document.addEventListener('jg-loan-submitted', (event) => {
  const { application } = event.detail;
  if (log) log.textContent = `jg-loan-submitted: ${application.id} (${application.status})`;
});
