// @jiagong/react in React 18, in Chromium: the fixture's React 18 (packages/react/test/react18)
// bundled with the wrappers and the elements, served by react-harness.mjs's plugin.
// @ts-expect-error -- served by the web-test-runner plugin, not a file
import * as harness from '/__jg/react-harness/18.js';
import { describeWrappers, type ReactHarness } from './support/wrapper-suite.js';

describeWrappers('18', harness as ReactHarness);
