/**
 * `@jiagong/elements/locales/en` — the English texts of every element family, for a page that
 * uses `locale="en"` with many families (or does not want to list them). Import it once, before
 * or after the elements: an element asked for English shows it from its next render.
 *
 * Elements ship zh-CN only; a page that needs English for a few entries can import just theirs,
 * e.g. `@jiagong/elements/loan-application/en`.
 * @packageDocumentation
 */
import '../internal/en.js';
import '../member-card/en.js';
import '../card-benefits/en.js';
import '../service-menu/en.js';
import '../merchant-list/en.js';
import '../union-picker/en.js';
import '../points-mall/en.js';
import '../inputs/en.js';
import '../loan-application/en.js';
import '../model-workers/en.js';
import '../courses/en.js';
import '../quiz/en.js';
import '../consents/en.js';
