// Browser storage after every element's full flow (support/flows.ts) against the sandbox:
// localStorage, sessionStorage, IndexedDB (every database, every record), Cache Storage and
// cookies hold nothing the SDK wrote — in particular no session token (`st_…`, also matched by
// shape) and none of the personal data the flow typed or the element revealed.
import { expect } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { elements } from '@jiagong/elements/registry';
import { envFromPage, flows, mount, unmount } from './support/flows.js';

const TOKEN_SHAPE = /st_[A-Za-z0-9_-]{16,}/;

async function clearStorage(): Promise<void> {
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  for (const db of await indexedDB.databases()) {
    if (db.name) indexedDB.deleteDatabase(db.name);
  }
  if ('caches' in globalThis) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
}

function readStore(db: IDBDatabase, store: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = db.transaction(store, 'readonly').objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result.map((value) => JSON.stringify(value)));
    request.onerror = () => reject(request.error);
  });
}

function openDb(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Everything persisted in the page's origin, as `where: content` lines. */
async function persisted(): Promise<string[]> {
  const found: string[] = [];
  for (const [where, storage] of [
    ['localStorage', localStorage],
    ['sessionStorage', sessionStorage],
  ] as const) {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)!;
      found.push(`${where}: ${key}=${storage.getItem(key)}`);
    }
  }
  if (document.cookie) found.push(`cookie: ${document.cookie}`);
  for (const info of await indexedDB.databases()) {
    if (!info.name) continue;
    const db = await openDb(info.name);
    found.push(`indexedDB: ${info.name}`);
    for (const store of Array.from(db.objectStoreNames)) {
      for (const record of await readStore(db, store)) {
        found.push(`indexedDB: ${info.name}/${store}: ${record}`);
      }
    }
    db.close();
  }
  if ('caches' in globalThis) {
    for (const key of await caches.keys()) found.push(`Cache Storage: ${key}`);
  }
  return found;
}

describe('browser storage after each element’s full flow', function () {
  this.timeout(90_000);
  // The mall grid's virtualizer trips this benign browser notice while it lays out.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('the check sees every kind of storage (self-test)', async () => {
    await clearStorage();
    localStorage.setItem('a', 'st_aaaaaaaaaaaaaaaaaaaa');
    sessionStorage.setItem('b', '330499199003071236');
    document.cookie = 'c=19900001002; path=/';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jg-self-test');
      request.onupgradeneeded = () =>
        request.result.createObjectStore('s', { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction('s', 'readwrite');
      tx.objectStore('s').add({ token: 'st_bbbbbbbbbbbbbbbbbbbb' });
      tx.oncomplete = () => resolve();
    });
    db.close();
    await caches.open('jg-self-test');
    const text = (await persisted()).join('\n');
    for (const expected of [
      'st_aaaaaaaaaaaaaaaaaaaa',
      '330499199003071236',
      '19900001002',
      'st_bbbbbbbbbbbbbbbbbbbb',
      'Cache Storage: jg-self-test',
    ]) {
      expect(text).to.contain(expected);
    }
    await clearStorage();
    expect(await persisted()).to.deep.equal([]);
  });

  it('every element of the registry has a flow', () => {
    const covered = new Set(flows.map((flow) => flow.tag));
    const missing = elements.map((e) => e.tag).filter((tag) => !covered.has(tag));
    expect(missing, 'add them to test/browser/support/flows.ts').to.deep.equal([]);
  });

  for (const flow of flows) {
    it(`<${flow.tag}> leaves no token and no personal data in browser storage`, async () => {
      const env = envFromPage();
      await clearStorage();
      await env.control('reset');
      await flow.prepare?.(env);
      const container = document.createElement('div');
      document.body.append(container);
      try {
        const run = await mount(flow, env, container);
        await flow.drive(run, env);
        // Writes an element might defer (debounced drafts, unload handlers) get their chance.
        unmount(container);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const found = await persisted();
        const text = found.join('\n');
        for (const token of run.tokens) expect(text).not.to.contain(token);
        expect(text).not.to.match(TOKEN_SHAPE);
        for (const secret of run.personal) expect(text, 'personal data').not.to.contain(secret);
        expect(found, 'the SDK persists nothing in the browser').to.deep.equal([]);
        if (flow.member) expect(run.tokens.length, 'the flow used a session').to.be.greaterThan(0);
      } finally {
        unmount(container);
        container.remove();
      }
    });
  }
});
