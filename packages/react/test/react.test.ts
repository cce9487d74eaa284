// @jiagong/react is generated from the element registry (scripts/gen-react.ts). These checks
// fail when an element has no wrapper (the generated files are stale), and render every wrapper
// with react-dom/server in Node to its custom element tag.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { rollup, type OutputOptions, type RollupOptions } from 'rollup';
import { build } from 'esbuild';
import { eventPropName } from '@jiagong/elements/registry';
import type { JgMemberCardProps, JgPhoneInputProps } from '@jiagong/react';
import { outdated } from '../../../scripts/gen-react.js';
import { presentElements } from '../../../scripts/lib/families.js';

type Wrapper = ComponentType<Record<string, unknown>> & { displayName?: string };

// A variable specifier: the config is plain JavaScript without declarations.
const rollupConfig = new URL('../../../rollup.config.mjs', import.meta.url).href;
const reactDist = fileURLToPath(new URL('../dist', import.meta.url));

describe('@jiagong/react', () => {
  it('is up to date with the element registry (npm run build regenerates it)', async () => {
    assert.deepEqual(await outdated(), []);
  });

  it("starts every built module with 'use client' (Next.js App Router server components)", async () => {
    // A server component that renders a wrapper runs @lit/react's hooks on the server unless
    // the module is marked as client code: the App Router build then fails with "useRef is not
    // a function". The repository's own rollup config builds the package, in memory.
    const { packageConfigs } = (await import(rollupConfig)) as { packageConfigs: RollupOptions[] };
    const config = packageConfigs.find((c) => (c.output as OutputOptions).dir === reactDist);
    assert.ok(config, `rollup.config.mjs does not build ${reactDist}`);
    // Quietly: `npm start` printed "(!) packages/react/src/….ts (2:0): Error when using
    // sourcemap for reporting an error" for each module, rollup failing to place the warning
    // about the directive that use-client.mjs silences.
    const warnings: string[] = [];
    const bundle = await rollup({ ...config, onwarn: (w) => void warnings.push(w.message) });
    const { output } = await bundle.generate(config.output as OutputOptions);
    await bundle.close();
    assert.deepEqual(warnings, []);
    const chunks = output.filter((o) => o.type === 'chunk');
    assert.ok(chunks.some((c) => c.fileName === 'member-card.js'));
    for (const chunk of chunks) {
      assert.match(chunk.code, /^'use client';\n/, `dist/${chunk.fileName}`);
    }
  });

  it('says that a bare import of an entry defines nothing once bundled', async () => {
    // The package is free of side effects (so that the root's re-exports tree-shake): a bundler
    // drops `import '@jiagong/react/member-card'` when nothing of it is used, and the README said
    // "Importing an entry defines its elements", true in `vite dev` only. A used component keeps
    // its element module, which defines it.
    const bundle = async (contents: string) =>
      (
        await build({
          stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
          bundle: true,
          write: false,
          minify: false,
          format: 'esm',
          conditions: ['source'],
          external: ['react', 'react-dom'],
          logLevel: 'silent',
        })
      ).outputFiles[0]!.text;
    assert.doesNotMatch(await bundle("import '@jiagong/react/member-card';"), /jg-member-card/);
    assert.match(
      await bundle(
        "import { JgMemberCard } from '@jiagong/react/member-card'; console.log(JgMemberCard);",
      ),
      /["']jg-member-card["']/,
    );
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8').replace(
      /\s+/g,
      ' ',
    );
    assert.match(readme, /a bare `import '@jiagong\/react\/member-card'` does not once bundled/);
  });

  it('on… props get the element as currentTarget (e.currentTarget.value in onChange)', () => {
    // The listener @lit/react adds on the element gets the DOM event, whose currentTarget is
    // that element; the types say so, as React's do for <input onChange>. Before, the target
    // was a bare EventTarget and `e.currentTarget.value` did not compile.
    const values: string[] = [];
    const onChange: NonNullable<JgPhoneInputProps['onChange']> = (event) => {
      values.push(event.currentTarget.value);
    };
    const onReveal: NonNullable<JgMemberCardProps['onJgCardReveal']> = (event) => {
      values.push(`${event.currentTarget.localName}:${event.detail.revealed}`);
    };
    const input = Object.assign(new EventTarget(), { value: '13800138000' });
    input.addEventListener('change', onChange as unknown as EventListener);
    input.dispatchEvent(new Event('change'));
    const card = Object.assign(new EventTarget(), { localName: 'jg-member-card' });
    card.addEventListener('jg-card-reveal', onReveal as unknown as EventListener);
    card.dispatchEvent(new CustomEvent('jg-card-reveal', { detail: { revealed: true } }));
    assert.deepEqual(values, ['13800138000', 'jg-member-card:true']);
  });

  it('types an input’s form prop as the id of its form, as on a native input', () => {
    // It was the element's read-only `form` (an HTMLFormElement): form="loan-form" did not
    // compile, and in JavaScript it threw. wrapper-suite.ts checks what it does in Chromium.
    const props: JgPhoneInputProps = { form: 'loan-form', name: 'phone' };
    const form: string | undefined = props.form;
    assert.equal(form, 'loan-form');
  });

  for (const element of presentElements()) {
    it(`wraps <${element.tag}> as ${element.className}`, async () => {
      const family = (await import(`@jiagong/react/${element.entry}`)) as Record<string, Wrapper>;
      const all = (await import('@jiagong/react')) as unknown as Record<string, Wrapper>;
      const Component = family[element.className];
      assert.ok(Component, `@jiagong/react/${element.entry} has no ${element.className}`);
      assert.equal(all[element.className], Component, 'the package root exports another one');
      assert.equal(Component.displayName, element.className);
      const handlers = Object.fromEntries(element.events.map((e) => [eventPropName(e), () => {}]));
      const html = renderToStaticMarkup(createElement(Component, { id: 'x', ...handlers }));
      assert.match(html, new RegExp(`^<${element.tag}[\\s>]`));
      assert.doesNotMatch(html, /onJg|function/, 'an event handler leaked into the markup');
    });
  }
});
