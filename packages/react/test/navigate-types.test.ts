// The wrappers' onJgNavigate typed as each element fires jg-navigate: the mall's
// `{ view: MallView, productId? }` (a partner's handler setting the mall's view compiles as
// before), 劳模风采's `{ view: 'list' | 'story', worker? }`, not their union on document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partnerProgram } from '../../client/test/support/partner-program.js';

describe('@jiagong/react onJgNavigate', () => {
  it("types each element's jg-navigate as its own", () => {
    const program = partnerProgram(`
      import * as React from 'react';
      import { JgPointsMall, JgMallProductGrid, JgQuiz, JgModelWorkers, JgServiceMenu } from '@jiagong/react';
      import type { MallView } from '@jiagong/elements/points-mall';
      import type { ModelWorkersView } from '@jiagong/elements/model-workers';
      declare const route: { setMall(view: MallView, productId?: string): void; setWorkers(view: string): void };
      export const page = [
        React.createElement(JgPointsMall, {
          view: 'grid',
          onJgNavigate: (e) => {
            e.preventDefault();
            route.setMall(e.detail.view, e.detail.productId);
            e.currentTarget.view = e.detail.view;
          },
          onJgRedeem: (e) => e.detail.pointsTotal,
        }),
        React.createElement(JgMallProductGrid, { onJgNavigate: (e) => route.setMall(e.detail.view) }),
        React.createElement(JgQuiz, { onJgNavigate: (e) => route.setMall(e.detail.view) }),
        React.createElement(JgModelWorkers, {
          // As the mall's view and product-id: the router's URL in two props.
          view: 'story',
          worker: 'mw_01',
          onJgNavigate: (e) => {
            const view: ModelWorkersView = e.detail.view;
            route.setWorkers(e.detail.worker ?? view);
          },
          onJgModelWorkerSelect: (e) => e.detail.worker.id,
        }),
        // @ts-expect-error 劳模风采's views are not the mall's
        React.createElement(JgModelWorkers, { onJgNavigate: (e) => route.setMall(e.detail.view) }),
        React.createElement(JgServiceMenu, { onJgServiceSelect: (e) => e.detail.service.name }),
      ];
    `);
    assert.deepEqual(program.errors(), []);
  });
});
