// Which element families exist in this checkout. The registry lists every planned element; a
// family counts once its entry file exists and packages/elements/package.json exports it, so
// the build, the CDN loader, the React wrappers and the tests work on a partial tree.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { elements, families, type ElementInfo, type Family } from '@jiagong/elements/registry';
import { fileURLToPath } from 'node:url';

/** The repository root (scripts/lib/../..). */
export const root = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const fromRoot = (...parts: string[]): string => path.join(root, ...parts);

export const elementsDir = fromRoot('packages/elements');

/** The `exports` map of @jiagong/elements, read fresh (family engineers add entries as they land). */
function elementExports(): Record<string, unknown> {
  const pkg = JSON.parse(readFileSync(path.join(elementsDir, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>;
  };
  return pkg.exports ?? {};
}

/** Families whose `src/<family>/index.ts` exists and whose entry is exported, in registry order. */
export function presentFamilies(): Family[] {
  const exported = elementExports();
  return families.filter(
    (family) =>
      existsSync(path.join(elementsDir, 'src', family, 'index.ts')) && `./${family}` in exported,
  );
}

/** A registry entry with the present family entry that defines it. */
export interface PresentElement extends ElementInfo {
  /** Its own family when that entry exists, else the first present family in `alsoIn`. */
  readonly entry: Family;
}

/** Whether a family's entry exports a class (so a wrapper can import it from there). */
export function entryExports(family: Family, className: string): boolean {
  const index = path.join(elementsDir, 'src', family, 'index.ts');
  return existsSync(index) && new RegExp(`\\b${className}\\b`).test(readFileSync(index, 'utf8'));
}

/** Registry entries that some present family entry defines and exports. */
export function presentElements(): PresentElement[] {
  const present = new Set<Family>(presentFamilies());
  const found: PresentElement[] = [];
  for (const e of elements as readonly ElementInfo[]) {
    const entry = [e.family, ...(e.alsoIn ?? [])].find(
      (f) => present.has(f) && entryExports(f, e.className),
    );
    if (entry) found.push({ ...e, entry });
  }
  return found;
}

/** The family entry source file, e.g. packages/elements/src/member-card/index.ts. */
export const familyEntry = (family: Family): string =>
  path.join(elementsDir, 'src', family, 'index.ts');
