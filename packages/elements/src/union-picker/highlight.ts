import { html, type TemplateResult } from 'lit';
import { searchTerms } from './union-tree.js';

/**
 * `text` with the parts matching the search terms in `<mark>`. Built from text nodes only (the
 * text comes from the API and is never parsed as HTML).
 */
export function highlight(text: string, query: string): TemplateResult | string {
  const terms = searchTerms(query);
  if (!terms.length) return text;
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      marked.fill(true, at, at + term.length);
    }
  }
  const pieces: (TemplateResult | string)[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      const piece = text.slice(start, i);
      pieces.push(marked[start] ? html`<mark part="match">${piece}</mark>` : piece);
      start = i;
    }
  }
  return html`${pieces}`;
}
