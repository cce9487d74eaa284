// `executeServerCommand('jg-memory', options?)` from a browser test: the page's memory as
// DevTools measures it, after forced garbage collections (what a page cannot do to itself):
// `{ heap, nodes, documents, listeners }` (JS heap bytes used, DOM nodes alive, documents,
// JavaScript event listeners). `{ snapshot: 'file.heapsnapshot' }` also writes a heap snapshot
// under .tmp/ (to find what holds a leak; not for tests that run in CI). Wait for nothing with a
// timer in the test before measuring: @open-wc's `waitUntil` leaves its timeout's timer running,
// and it holds the predicate (and the elements it reads) until that timeout has passed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../../../scripts/lib/paths.mjs';

export function memoryCommandPlugin() {
  const cdpSessions = new WeakMap();
  return {
    name: 'jg-memory-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'jg-memory') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = cdpSessions.get(page);
      if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
      // Several collections: finalizers and weak references free more on each pass.
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      if (payload?.snapshot) {
        const chunks = [];
        const onChunk = ({ chunk }) => chunks.push(chunk);
        cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
        await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
        cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
        if (typeof payload.snapshot === 'string') {
          writeFileSync(fromRoot('.tmp', path.basename(payload.snapshot)), chunks.join(''));
        }
      }
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const counters = await cdp.send('Memory.getDOMCounters');
      return {
        heap: usedSize,
        nodes: counters.nodes,
        documents: counters.documents,
        listeners: counters.jsEventListeners,
      };
    },
  };
}
