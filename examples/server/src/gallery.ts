// What the gallery's index and navigation list: its pages (examples/gallery/*.html with their
// titles and the tags they show) and every element of the registry, so a new element or page
// appears by itself.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { elements, type ElementInfo } from '@jiagong/elements/registry';

export interface GalleryInfo {
  /** `tags`: the elements a page shows, one `<h2 id="<tag>">` each (of any family). */
  pages: { file: string; title: string; tags: string[] }[];
  elements: { tag: string; family: string; className: string; events: readonly string[] }[];
}

export function galleryInfo(dir: string): GalleryInfo {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'index.html');
  } catch {
    // no gallery folder: empty lists
  }
  const pages = files.sort().map((file) => {
    const html = readFileSync(path.join(dir, file), 'utf8');
    const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? file;
    const tags = [...html.matchAll(/<h2\s[^>]*\bid="(jg-[a-z-]+)"/g)].map((m) => m[1]!);
    return { file, title, tags };
  });
  return {
    pages,
    elements: (elements as readonly ElementInfo[]).map(({ tag, family, className, events }) => ({
      tag,
      family,
      className,
      events,
    })),
  };
}
