import { JgMemberCard, type JgCardRevealEvent } from './member-card.js';
import { defineMemberCode, type JgMemberCode, type JgCodeRefreshEvent } from './member-code.js';

defineMemberCode();
if (!customElements.get('jg-member-card')) customElements.define('jg-member-card', JgMemberCard);

declare global {
  interface HTMLElementTagNameMap {
    'jg-member-card': JgMemberCard;
    'jg-member-code': JgMemberCode;
  }
  interface HTMLElementEventMap {
    'jg-code-refresh': JgCodeRefreshEvent;
    'jg-card-reveal': JgCardRevealEvent;
  }
  // The jg-… events bubble out of their shadow roots (composed): document and window get them too.
  /* eslint-disable @typescript-eslint/no-empty-object-type -- these merge into lib.dom's maps */
  interface DocumentEventMap extends Pick<
    HTMLElementEventMap,
    Extract<keyof HTMLElementEventMap, `jg-${string}`>
  > {}
  interface WindowEventMap extends Pick<
    HTMLElementEventMap,
    Extract<keyof HTMLElementEventMap, `jg-${string}`>
  > {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
