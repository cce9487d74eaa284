import { html } from 'lit';
import { searchTerms } from './union-tree.js';

/**
 * `text` with the parts matching the search terms in `<mark>`. Built from text nodes only (the
 * text comes from the API and is never parsed as HTML).
 */
export function highlight(text: string, query: string): unknown {
  const lower = text.toLowerCase();
  const marked = new Array<number>(text.length).fill(0);
  for (const term of searchTerms(query)) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      marked.fill(1, at, at + term.length);
    }
  }
  // Runs of marked and unmarked characters, in order.
  let start = 0;
  return marked
    .join('')
    .match(/0+|1+/g)
    ?.map((run) => {
      const piece = text.slice(start, (start += run.length));
      return run[0] == '1' ? html`<mark part="match">${piece}</mark>` : piece;
    });
}
