// The CDN loader behind `dist/cdn/jiagong.js`: one small module that defines each `jg-` element
// on demand. It scans the page (and the open shadow roots of our own elements) for known tags,
// watches for new ones with a MutationObserver, and imports the family chunk that defines them.
// The build (scripts/build-cdn.mjs) generates the entry that calls `start()` with the tag → family
// map and the chunk files with their Subresource Integrity hashes.
//
// CSP: chunks are loaded with `import()` relative to `import.meta.url` (no document.currentScript,
// which module scripts do not have); a dynamic import inherits the loader's nonce. Each chunk is
// also announced with <link rel="modulepreload" integrity nonce> so the browser checks its hash
// and fetches a family's chunks in parallel rather than as a waterfall.
import { clearFallbacks, FALLBACK_ATTRIBUTE, showFallback } from './fallback.js';

/** What the build passes to `start()`. */
export interface LoaderConfig {
  /** URL the chunk paths are relative to: the loader's own `import.meta.url`. */
  base: string;
  /** `[path, integrity]` of every chunk. */
  chunks: readonly (readonly [string, string])[];
  /**
   * Family → indexes into `chunks`: its entry first, then every chunk it imports, statically or
   * later with `import()` (all preloaded with their integrity hash).
   */
  families: Readonly<Record<string, readonly number[]>>;
  /** Tag → family. */
  tags: Readonly<Record<string, string>>;
  /** The version of @jiagong/elements it was built from. */
  version?: string;
  /** Delays before the 2nd, 3rd … attempt to load a chunk (ms). */
  retryDelays?: readonly number[];
}

const OBSERVE: MutationObserverInit = { childList: true, subtree: true };

let config: LoaderConfig | undefined;
let selector = '';
let observer: MutationObserver | undefined;
let nonce: string | undefined;
const loading = new Map<string, Promise<void>>();
/** Attempts made per family so far: each retry gets a URL never tried before. */
const attempts = new Map<string, number>();
const failed = new Set<string>();
const preloaded = new Set<string>();
const watchedRoots = new WeakSet<ShadowRoot>();
/**
 * Tag → the load of its code by whichever loader on the page claimed it last, shared by every
 * copy of the loader (two partners' CDN scripts, two versions in one WebView): a tag another copy
 * is loading is left to it, so a phone downloads each element once, and taken over if that load
 * fails (its CDN host may be blocked where ours is not).
 */
const claimed: Map<string, Promise<void>> = ((globalThis as { [key: symbol]: typeof claimed })[
  Symbol.for('jiagong.cdn.claimed')
] ??= new Map());

/** Version → URL of every copy of the loader that started on this page. */
const versions: Map<string, string> = ((globalThis as { [key: symbol]: typeof versions })[
  Symbol.for('jiagong.cdn.versions')
] ??= new Map());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The nonce the page gave our <script> (or any script), for the modulepreload links. */
function findNonce(): string | undefined {
  const self = config?.base.split(/[?#]/)[0];
  let any: string | undefined;
  for (const script of Array.from(document.scripts)) {
    if (!script.nonce) continue;
    if (script.src.split(/[?#]/)[0] === self) return script.nonce;
    any ??= script.nonce;
  }
  return any;
}

function preload(url: string, integrity: string): void {
  if (preloaded.has(url) || !document.head) return;
  preloaded.add(url);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = url;
  if (integrity) link.integrity = integrity;
  nonce ??= findNonce();
  if (nonce) link.nonce = nonce;
  document.head.append(link);
}

function familyTags(family: string): string[] {
  return Object.keys(config?.tags ?? {}).filter((tag) => config?.tags[tag] === family);
}

function dispatchError(host: Element, error: unknown): void {
  host.dispatchEvent(
    new CustomEvent('jg-error', { detail: { error }, bubbles: true, composed: true }),
  );
}

/**
 * Imports a family's chunk, retrying with backoff. A browser may remember a failed module URL
 * for the page's lifetime, so every retry (also after the retry button) uses a URL with a query
 * it has never tried; the first attempt uses the plain, cacheable URL.
 */
async function importFamily(family: string): Promise<void> {
  const { base, chunks, families, retryDelays = [400, 1200] } = config!;
  const indexes = families[family];
  if (!indexes?.length) throw new Error(`jiagong: no chunk for family "${family}"`);
  const [entry = 0, ...deps] = indexes;
  const [entryPath, entryIntegrity] = chunks[entry]!;
  for (const index of deps) {
    const [path, integrity] = chunks[index]!;
    preload(new URL(path, base).href, integrity);
  }
  let lastError: unknown;
  for (let attempt = 0; attempt <= retryDelays.length; attempt++) {
    if (attempt > 0) await sleep(retryDelays[attempt - 1]!);
    const url = new URL(entryPath, base);
    const made = attempts.get(family) ?? 0;
    attempts.set(family, made + 1);
    if (made > 0) url.searchParams.set('retry', String(made));
    preload(url.href, entryIntegrity);
    try {
      await import(/* @vite-ignore */ url.href);
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Loads a family once; on failure shows the error state in its elements until a retry. */
function loadFamily(family: string): Promise<void> {
  let promise = loading.get(family);
  if (!promise) {
    failed.delete(family);
    promise = importFamily(family).then(
      () => clearFallbacks(familyTags(family)),
      (error: unknown) => {
        loading.delete(family);
        failed.add(family);
        // The member reads "check your network"; the page's developer needs the cause (a blocked
        // host, or a chunk that threw because of something the page did).
        console.error(`[jiagong] <${familyTags(family)[0]}> could not be loaded:`, error);
        for (const tag of familyTags(family)) {
          for (const host of findAll(document, tag)) fail(host, error);
        }
        throw error;
      },
    );
    loading.set(family, promise);
    for (const tag of familyTags(family)) claimed.set(tag, promise);
  }
  return promise;
}

function fail(host: Element, error: unknown): void {
  const family = config?.tags[host.localName];
  // Defined, or another copy of the loader already shows its error state here.
  if (!family || customElements.get(host.localName) || host.hasAttribute(FALLBACK_ATTRIBUTE)) {
    return;
  }
  // One outage fails every family on the page (the provider's too, without which the others
  // stay at 加载中…): one press of any retry button loads all that failed.
  showFallback(host, () => {
    for (const other of failed) {
      clearFallbacks(familyTags(other));
      void loadFamily(other).catch(() => undefined);
    }
  });
  // Another copy may define it after all: then the error state goes.
  void customElements.whenDefined(host.localName).then(() => clearFallbacks([host.localName]));
  dispatchError(host, error);
}

/** Every element matching `selector` in a root and in the shadow roots we watch below it. */
function findAll(root: Document | ShadowRoot | Element, tags: string): Element[] {
  const found = Array.from(root.querySelectorAll(tags));
  for (const host of Array.from(root.querySelectorAll(selector))) {
    if (host.shadowRoot && watchedRoots.has(host.shadowRoot)) {
      found.push(...findAll(host.shadowRoot, tags));
    }
  }
  return found;
}

/** Watches the open shadow root of one of our elements once it has rendered. */
function watchShadowRoot(host: Element): void {
  void customElements
    .whenDefined(host.localName)
    .then(() => (host as Element & { updateComplete?: Promise<unknown> }).updateComplete)
    .then(() => {
      const root = host.shadowRoot;
      if (!root || watchedRoots.has(root)) return;
      watchedRoots.add(root);
      scan(root);
      observer?.observe(root, OBSERVE);
    });
}

function visit(host: Element): void {
  const tag = host.localName;
  const family = config?.tags[tag];
  if (!family) return;
  if (!customElements.get(tag)) {
    if (failed.has(family)) fail(host, new Error(`jiagong: ${family} failed to load`));
    else {
      const other = loading.has(family) ? undefined : claimed.get(tag);
      void (other ? other.catch(() => loadFamily(family)) : loadFamily(family)).catch(
        () => undefined,
      );
    }
  }
  watchShadowRoot(host);
}

function scan(root: Document | ShadowRoot | Element): void {
  if (root instanceof Element && root.matches(selector)) visit(root);
  for (const host of Array.from(root.querySelectorAll(selector))) visit(host);
}

/**
 * Says in the console when the page's older scripts changed built-ins the elements rely on:
 * otherwise the elements only show "check your network" (an enumerable Object.prototype method
 * throws while their code starts) or go wrong quietly (Prototype.js 1.6's Array#toJSON sends
 * arrays as strings). Its Array.from, which drops a map function, is harmless: no code in the
 * elements passes Array.from a map function.
 */
function checkPage(): void {
  const changed: string[] = [];
  for (const key in {}) changed.push(`Object.prototype.${key}`);
  // Prototype.js 1.6's toJSON; a page that wraps JSON.stringify around it (the usual fix) is fine.
  if (JSON.stringify([]) !== '[]') changed.push('Array.prototype.toJSON');
  if (changed.length) {
    console.error(
      `[jiagong] a script on this page changed ${changed.join(', ')}, which the elements need as the browser has them (docs/troubleshooting.md)`,
    );
  }
}

/**
 * Gives the elements' tags back the text size, line height, font and colour their own `:host`
 * rule sets: an old portal's `* { font-size: 12px; line-height: 1; color: #333 }` reset matches
 * each tag, and a page's rule for a host beats the element's `:host` rule, so the member card's
 * holder and union ran together at 12 px. This sheet comes after the page's (adopted sheets are
 * last in the cascade) with `:where()`'s zero specificity: it beats `*` and loses to any rule a
 * partner writes for a tag. Not `<jg-provider>`, whose children are the page's own.
 */
function hostStyles(tags: string[]): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `:where(:is(${tags.filter((tag) => tag !== 'jg-provider')}):defined){font-family:var(--jg-font-family);font-size:var(--jg-font-size-md);line-height:var(--jg-line-height);color:var(--jg-color-text)}`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // No constructable stylesheets: the page's reset reaches the tags, as with npm.
  }
}

/** Starts the loader: defines the tags already in the page and those that appear later. */
export function start(options: LoaderConfig): void {
  if (config || typeof document === 'undefined') return;
  config = options;
  checkPage();
  hostStyles(Object.keys(options.tags));
  // Two versions on one page (an old portal module beside a new page): each tag is defined by the
  // copy that gets there first, the other's definition skipped, so the page may show the older
  // element without the attributes it was written for. Say so once per other version.
  // Its URL without query or fragment: a signed CDN URL's signature is for no console (nor the
  // error tracker that collects it) to show.
  const { version = '' } = options;
  const base = options.base.split(/[?#]/)[0]!;
  for (const [other, url] of versions) {
    if (other !== version) {
      console.warn(
        `[jiagong] CDN script ${version} (${base}) beside ${other} (${url}): each element comes from the first to load (docs/frameworks.md)`,
      );
    }
  }
  versions.set(version, base);
  selector = Object.keys(options.tags).join(',');
  observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node instanceof Element) scan(node);
      }
    }
  });
  observer.observe(document, OBSERVE);
  scan(document);
}

/**
 * Defines the elements of a tag or family now, without waiting for one to appear (for elements
 * created inside a closed shadow root, or to warm the cache). Resolves once they are defined.
 */
export function load(tagOrFamily: string): Promise<void> {
  if (!config) return Promise.reject(new Error('jiagong: the loader has not started'));
  const family = config.tags[tagOrFamily] ?? tagOrFamily;
  if (!config.families[family]) {
    return Promise.reject(new Error(`jiagong: unknown element or family "${tagOrFamily}"`));
  }
  return loadFamily(family);
}

/**
 * `customElements.whenDefined(tag)` that also starts loading the tag's chunk. A tag the loader
 * does not know (a misspelt name) is refused, naming it, rather than waited for forever.
 */
export function whenDefined(tag: string): Promise<CustomElementConstructor> {
  const loaded = load(tag);
  if (!config?.tags[tag]) return loaded.then(() => customElements.whenDefined(tag));
  // A failed load may still be retried (the error state's button, another copy of the loader).
  loaded.catch(() => undefined);
  return customElements.whenDefined(tag);
}

/** The tags this loader knows, e.g. for a page that wants to wait for all of its elements. */
export function knownTags(): string[] {
  return Object.keys(config?.tags ?? {});
}
