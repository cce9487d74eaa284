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
      import { JgProvider, JgServiceMenu, JgAmountInput, JgUnionPicker, JgMemberCard, JgMemberCode, JgMerchantList, JgMallProductGrid, JgModelWorkers, JgCourses } from '@jiagong/react';
      declare const env: { NEXT_PUBLIC_API?: string; NEXT_PUBLIC_PK?: string };
      declare const props: {
        locale?: 'zh-CN' | 'en'; getSessionToken?: () => Promise<string>; columns?: number;
        onSelect?: (event: Event) => void; onChange?: (event: Event) => void; form?: string;
        min?: number; refreshBefore?: number; search?: string;
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
        },
        React.createElement(JgServiceMenu, {
          columns: props.columns,
          label: undefined,
          onJgServiceSelect: props.onSelect,
          onJgError: undefined,
        }),
        React.createElement(JgAmountInput, { min: props.min, onChange: props.onChange, form: props.form, validators: undefined }),
        React.createElement(JgUnionPicker, { root: undefined, onJgUnionChange: props.onChange }),
        React.createElement(JgMemberCard, { refreshBefore: props.refreshBefore }),
        React.createElement(JgMemberCode, { refreshBefore: undefined }),
        React.createElement(JgMerchantList, { search: props.search }),
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
});
