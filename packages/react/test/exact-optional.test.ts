// The wrappers in a strict partner project: exactOptionalPropertyTypes (as @tsconfig/strictest
// sets) with props that may be undefined, such as `process.env.NEXT_PUBLIC_API` or a handler the
// parent may not have. An undefined prop is what an absent one is: the element's property unset,
// no listener.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partnerProgram } from '../../client/test/support/partner-program.js';

describe('@jiagong/react in a strict project', () => {
  it('takes props that may be undefined with exactOptionalPropertyTypes', () => {
    const program = partnerProgram(
      `
      import * as React from 'react';
      import { JgProvider, JgServiceMenu, JgAmountInput, JgPhoneInput, JgUnionPicker, JgMemberCard, JgMemberCode, JgMerchantList, JgMallProductGrid, JgModelWorkers, JgCourses } from '@jiagong/react';
      declare const env: { NEXT_PUBLIC_API?: string; NEXT_PUBLIC_PK?: string };
      declare const props: {
        locale?: 'zh-CN' | 'en'; getSessionToken?: () => Promise<string>; columns?: number;
        onSelect?: (event: Event) => void; onChange?: (event: Event) => void; form?: string;
        min?: number; refreshBefore?: number; search?: string;
        phone?: string; fen?: number | null; senior?: boolean;
      };
      export const page = React.createElement(
        JgProvider,
        {
          locale: props.locale,
          apiBase: env.NEXT_PUBLIC_API,
          publishableKey: env.NEXT_PUBLIC_PK,
          tokenEndpoint: undefined,
          getSessionToken: props.getSessionToken,
          theme: undefined,
          client: undefined,
          senior: props.senior,
        },
        React.createElement(JgServiceMenu, {
          columns: props.columns,
          label: undefined,
          onJgServiceSelect: props.onSelect,
          onJgError: undefined,
        }),
        React.createElement(JgAmountInput, { min: props.min, onChange: props.onChange, form: props.form, validators: undefined }),
        // value={undefined} leaves the input to the member, as the README says (as on React's <input>).
        React.createElement(JgPhoneInput, { value: props.phone, onInput: props.onChange }),
        React.createElement(JgAmountInput, { valueAsFen: props.fen, value: undefined }),
        React.createElement(JgUnionPicker, { value: props.phone, allowBranches: props.senior }),
        // A flag that may be undefined is off, as React's own required={…} or disabled={…}.
        React.createElement(JgPhoneInput, { required: props.senior, disabled: props.senior, readonly: undefined }),
        React.createElement(JgUnionPicker, { root: undefined, onJgUnionChange: props.onChange }),
        React.createElement(JgMemberCard, { refreshBefore: props.refreshBefore, qr: props.senior }),
        React.createElement(JgMemberCode, { refreshBefore: undefined }),
        React.createElement(JgMerchantList, { search: props.search, infinite: props.senior }),
        React.createElement(JgMallProductGrid, { search: props.search }),
        React.createElement(JgModelWorkers, { search: undefined }),
        React.createElement(JgCourses, { search: props.search }),
      );
    `,
      0,
      { exactOptionalPropertyTypes: true },
    );
    assert.deepEqual(program.errors(), []);
  });

  it('refuses as props the read-only properties and methods @lit/react would assign', () => {
    // <JgLoanApplication step={2} /> or <JgIdInput validationMessage="…" /> compiled, then
    // @lit/react assigned them: 'Cannot set property step of #<JgLoanApplication> which has only
    // a getter', and React unmounted the whole tree. A method as a prop (<JgQuiz submit={fn} />)
    // replaced the element's own.
    const wrong = [
      'JgLoanApplication, { step: 2 }',
      'JgPointsMall, { balance: 100 }',
      'JgServiceMenu, { services: [] }',
      'JgMerchantList, { merchants: [] }',
      "JgIdInput, { validationMessage: 'x' }",
      'JgUnionPicker, { selectedUnion: undefined }',
      "JgMemberCard, { effectiveLocale: 'en' }",
      'JgConsents, { records: [] }',
      'JgQuiz, { submit: () => {} }',
      'JgLoanStatus, { refresh: () => {} }',
      'JgMemberCard, { requestUpdate: () => {} }',
      'JgMemberCard, { renderRoot: document.body }',
      'JgMemberCard, { hasUpdated: false }',
    ];
    const prelude = `
      import * as React from 'react';
      import * as R from '@jiagong/react';
      declare const getSessionToken: () => Promise<string>;
      export const fine = React.createElement(
        R.JgProvider,
        { apiBase: 'x', getSessionToken, locale: 'en', theme: 'dark', senior: true },
        React.createElement(R.JgLoanApplication, { product: 'lp_01', id: 'loan', className: 'c', hidden: false }),
        React.createElement(R.JgPhoneInput, { name: 'phone', value: '138', defaultValue: '1', form: 'f', required: true }),
        React.createElement(R.JgAmountInput, { valueAsFen: 100, validators: [] }),
        React.createElement(
          R.JgMemberCard,
          { qr: true, refreshBefore: 10, ref: (el: HTMLElement | null) => el?.focus() },
          React.createElement('b', { slot: 'actions' }, 'x'),
        ),
      );
    `;
    const first = prelude.split('\n').length;
    const program = partnerProgram(
      `${prelude}${wrong.map((props, i) => `export const wrong${i} = React.createElement(R.${props});`).join('\n')}\n`,
      0,
      { exactOptionalPropertyTypes: true },
    );
    const errors = program.errors();
    const lines = errors.map((e) => Number(e.split(':')[0]));
    assert.deepEqual(
      errors.filter((_, i) => lines[i]! < first),
      [],
      'props that are the elements’ own must compile',
    );
    assert.deepEqual(
      wrong.filter((_, i) => !lines.includes(first + i)),
      [],
      `these compile:\n${errors.join('\n')}`,
    );
  });
});
