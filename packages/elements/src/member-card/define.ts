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
}
