// The script of the strict-CSP page (csp.test.ts bundles it with esbuild and serves it from the
// page's own origin): it records every Content-Security-Policy / Trusted Types violation and
// exposes `__jgRunFlow(tag)`, which renders one element and drives its full flow
// (../browser/support/flows.ts) — the same table the other security suites use.
import { envFromPage, flows, mount, unmount } from '../browser/support/flows.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

const violations: Violation[] = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  },
  true,
);

async function runFlow(tag: string): Promise<{ error?: string; violations: Violation[] }> {
  const flow = flows.find((f) => f.tag === tag);
  if (!flow) return { error: `no flow for ${tag}`, violations: [] };
  const before = violations.length;
  const env = envFromPage();
  const container = document.createElement('div');
  document.body.append(container);
  try {
    await env.control('reset');
    await flow.prepare?.(env);
    const run = await mount(flow, env, container);
    await flow.drive(run, env);
    // Late work (timers, lazy styles) gets a moment to misbehave too.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { violations: violations.slice(before) };
  } catch (error) {
    return {
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      violations: violations.slice(before),
    };
  } finally {
    unmount(container);
    container.remove();
  }
}

Object.assign(globalThis, {
  __jgRunFlow: runFlow,
  __jgFlowTags: flows.map((f) => f.tag),
  __jgReady: true,
});
