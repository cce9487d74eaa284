import type { ReactiveControllerHost } from 'lit';

/**
 * Calls `reload` when the phone is back online (window's `online`: out of a tunnel, a lift) while
 * `host` is connected, as <jg-member-card> loads again beside the element in a bank app's page,
 * so the member need not tap 重试. `reload` decides what to do (a failed load runs again).
 */
export const whenOnline = (host: ReactiveControllerHost, reload: () => unknown): void =>
  host.addController({
    hostConnected: () => addEventListener('online', reload),
    hostDisconnected: () => removeEventListener('online', reload),
  });
