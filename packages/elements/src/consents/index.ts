/**
 * `@jiagong/elements/consents` — `<jg-consents>` (我的授权): the member's consents to process
 * their personal information, each with its state, and withdrawing one (PIPL Art. 15).
 * @packageDocumentation
 */
import './define.js';
import { reportUnconfigured } from '../internal/unconfigured.js';

// No provider and no api-base: say so (console, error state, jg-error), not 加载中… forever.
reportUnconfigured();

export { JgConsents, type JgConsentWithdrawnEvent } from './consents.js';
export type { JgErrorEvent } from '../internal/events.js';
