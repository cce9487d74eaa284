// The consents page's own script: what a host app does with the element.
//   - jg-consent-withdrawn carries the withdrawal as the ledger recorded it (a host may, e.g.,
//     stop offering a service that needs the consent until the member gives it again).

const log = document.querySelector('[data-consents-log]');

document.addEventListener('jg-consent-withdrawn', (event) => {
  const { record } = event.detail;
  if (log) log.textContent = `jg-consent-withdrawn: ${record.textId} (${record.serverTime})`;
});
