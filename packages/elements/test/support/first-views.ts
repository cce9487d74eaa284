// Every element family on one test page, with its English texts, and the first view of each that
// a cross-family test walks (larger text, voice control and touch): the tag, the member whose
// data gives it the most to show (null: no session needed) and its attributes.
import '../../src/provider/define.js';
import '../../src/loan-application/define.js';
import '../../src/locales/en.js';
import '../../src/points-mall/define.js';
import '../../src/service-menu/define.js';
import '../../src/service-menu/en.js';
import '../../src/merchant-list/define.js';
import '../../src/member-card/define.js';
import '../../src/card-benefits/define.js';
import '../../src/courses/define.js';
import '../../src/model-workers/define.js';
import '../../src/quiz/define.js';
import '../../src/consents/define.js';
import '../../src/inputs/define.js';
import '../../src/union-picker/define.js';

export const FIRST_VIEWS: [tag: string, member: string | null, attributes: string][] = [
  ['jg-service-menu', null, ''],
  ['jg-service-menu', null, 'layout="list"'],
  ['jg-service-menu', null, 'layout="compact"'],
  ['jg-merchant-list', 'm_1001', ''],
  ['jg-member-card', 'm_1001', ''],
  ['jg-card-benefits', 'm_1001', ''],
  ['jg-courses', 'm_1001', ''],
  ['jg-model-workers', null, ''],
  ['jg-quiz', 'm_1001', ''],
  ['jg-union-picker', null, ''],
  ['jg-points-mall', 'm_1001', ''],
  ['jg-mall-orders', 'm_1001', ''],
  ['jg-points-history', 'm_1001', ''],
  ['jg-mall-product', 'm_1001', 'product-id="prd_0001"'],
  ['jg-loan-status', 'm_1001', ''],
  ['jg-consents', 'm_1001', ''],
];
