// `executeServerCommand('jg-time-zone', 'America/Los_Angeles')` from a browser test: the page
// runs in that time zone from then on, as on a phone set to it (DevTools'
// Emulation.setTimezoneOverride: `new Date().getDate()`, Intl's default zone and Date's local
// methods all follow it); `''` gives the page the machine's zone back.
export function timeZoneCommandPlugin() {
  return {
    name: 'jg-time-zone-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'jg-time-zone') return undefined;
      await session.browser.getPage(session.id).emulateTimezone(payload || undefined);
      return true;
    },
  };
}
