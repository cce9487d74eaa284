// English texts of the member's consents: `import '@jiagong/elements/consents/en'`. The family's
// own texts ship in both languages with the entry (see messages.ts): this brings the English of
// what every element shares (errors, retry, loading) and re-renders elements waiting for it.
import '../internal/en.js';
import { localeLoaded } from '../internal/localize.js';
import './messages.js';

localeLoaded();
