// @jiagong/react in React 19 (the root's), in Chromium: the same checks as react18.test.ts.
// @ts-expect-error -- served by the web-test-runner plugin, not a file
import * as harness from '/__jg/react-harness/19.js';
import { describeWrappers, type ReactHarness } from './support/wrapper-suite.js';

describeWrappers('19', harness as ReactHarness);
