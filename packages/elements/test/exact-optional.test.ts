// The elements in a strict partner project: exactOptionalPropertyTypes (as @tsconfig/strictest
// sets) with values that may be undefined, such as an environment variable or an optional field
// of the app's own configuration. Undefined is what an unset property holds, so each optional
// property takes it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partnerProgram } from '../../client/test/support/partner-program.js';

describe('element properties in a strict project', () => {
  it('take values that may be undefined with exactOptionalPropertyTypes', () => {
    const program = partnerProgram(
      `
      import type { JiagongClient } from '@jiagong/client';
      import type { JgProvider } from '@jiagong/elements/provider';
      import type { JgCardBenefits } from '@jiagong/elements/card-benefits';
      import type { JgServiceMenu } from '@jiagong/elements/service-menu';
      import type { JgMemberCard, JgMemberCode } from '@jiagong/elements/member-card';
      import type { JgLoanApplication, JgLoanStatus } from '@jiagong/elements/loan-application';
      import type { JgAmountInput, JgIdInput, JgUnionPicker } from '@jiagong/elements/inputs';
      import type { JgMallProduct, JgMallProductGrid } from '@jiagong/elements/points-mall';
      import type { JgMerchantList } from '@jiagong/elements/merchant-list';
      import type { JgModelWorkers } from '@jiagong/elements/model-workers';
      import type { JgCourses } from '@jiagong/elements/courses';
      import type { JgConsents } from '@jiagong/elements/consents';
      declare const cfg: {
        apiBase?: string; publishableKey?: string; tokenEndpoint?: string;
        getSessionToken?: () => Promise<string>; locale?: 'zh-CN' | 'en'; theme?: 'light' | 'dark';
        client?: JiagongClient; text?: string; n?: number; list?: string[];
        validators?: JgAmountInput['validators'];
      };
      declare const provider: JgProvider;
      provider.apiBase = cfg.apiBase;
      provider.publishableKey = cfg.publishableKey;
      provider.tokenEndpoint = cfg.tokenEndpoint;
      provider.getSessionToken = cfg.getSessionToken;
      provider.getSessionToken = undefined;
      provider.locale = cfg.locale;
      provider.theme = cfg.theme;
      provider.client = cfg.client;
      declare const benefits: JgCardBenefits;
      benefits.groups = cfg.text;
      declare const menu: JgServiceMenu;
      menu.modules = cfg.list;
      menu.columns = cfg.n;
      menu.label = cfg.text;
      declare const code: JgMemberCode;
      code.client = cfg.client;
      code.refreshBefore = cfg.n;
      declare const card: JgMemberCard;
      card.refreshBefore = undefined;
      declare const loan: JgLoanApplication;
      loan.product = cfg.text;
      declare const status: JgLoanStatus;
      status.highlight = cfg.text;
      declare const amount: JgAmountInput;
      amount.min = cfg.n;
      amount.max = cfg.n;
      declare const id: JgIdInput;
      id.minAge = cfg.n;
      id.maxAge = cfg.n;
      id.validators = undefined;
      amount.validators = cfg.validators;
      declare const picker: JgUnionPicker;
      picker.root = cfg.text;
      declare const product: JgMallProduct;
      product.product = undefined;
      product.balance = cfg.n;
      declare const grid: JgMallProductGrid;
      grid.balance = cfg.n;
      grid.search = cfg.text;
      declare const merchants: JgMerchantList;
      merchants.search = cfg.text;
      declare const workers: JgModelWorkers;
      workers.search = undefined;
      declare const courses: JgCourses;
      courses.search = cfg.text;
      declare const consents: JgConsents;
      consents.channel = cfg.text;
    `,
      0,
      { exactOptionalPropertyTypes: true },
    );
    assert.deepEqual(program.errors(), []);
  });
});
