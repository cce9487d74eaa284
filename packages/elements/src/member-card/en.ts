// English texts of the member card and member code: `import '@jiagong/elements/member-card/en'`.
import { count } from '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import { memberCardMessages } from './messages.js';
import { memberCodeMessages } from './code-messages.js';

memberCardMessages.en = {
  title: 'Jiagong Card',
  number: 'Card number',
  ending: (last4) => `Card number ending ${last4}`,
  holder: 'Holder',
  // 沈** → '沈, name hidden': a screen reader says 'star star' for the asterisks.
  holderMasked: (masked) => masked.replace(/\*.*/, ', name hidden'),
  valid: 'Valid through',
  union: 'Union',
  statusLabel: 'Card status: ',
  status: { active: 'Active', suspended: 'Suspended', expired: 'Expired', other: 'Other status' },
  note: {
    suspended: 'This card is suspended, so no member code can be shown. Contact your union.',
    expired:
      'This card has expired, so no member code can be shown. Contact your union to renew it.',
    other: 'No member code can be shown for now. Contact your union.',
  },
  reveal: 'Show number',
  hide: 'Hide number',
  revealing: 'Getting the card number…',
  revealed: (seconds) => `Full card number shown; hides again in ${count(seconds, 'second')}`,
  hidden: 'Card number hidden',
  failed: 'The full card number cannot be shown right now',
  showCode: 'Show member code',
  hideCode: 'Hide member code',
  code: 'Member code',
  hint: 'Show this code to the merchant. It renews automatically.',
  shown: 'Member code shown',
  empty: 'No Jiagong Card yet',
  emptyDetail: 'Members get a Jiagong Card after joining. Contact your union.',
};

memberCodeMessages.en = {
  image: 'Member code QR code',
  digits: 'Member code digits',
  // In words, as the quiz's timer: '46 s' is a unit a listener may not hear as seconds.
  refreshesIn: (seconds) => `Renews in ${count(seconds, 'second')}`,
  refreshing: 'Renewing…',
};

localeLoaded();
