/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Adds a search of `q` in `columns`, read as a member types it (the elements send it so; a
 * partner's app may pass its search box on as it is): the spaces around it dropped (an iOS
 * keyboard's after a word, an input method's ideographic space), and both sides compared NFKC, so
 * full-width letters, digits and brackets find their half-width forms and the other way round
 * (ＫＦＣ finds KFC, (南湖店) finds （南湖店）), and without the invisible format characters text
 * copied from a chat or a web page brings along (a zero-width space, a bidi mark: 南湖\u200b found
 * nothing), as the domain validators drop them. Adds nothing when no text is left.
 */
export function addSearch(where: Where, q: string | undefined, columns: readonly string[]): void {
  const text = q
    ?.normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .trim();
  if (!text) return;
  const p = where.param(likePattern(text));
  where.add(`(${columns.map((column) => `normalize(${column}, NFKC) ILIKE ${p}`).join(' OR ')})`);
}

/** Collects WHERE clauses and their numbered parameters. */
export class Where {
  readonly params: unknown[] = [];
  private readonly clauses: string[] = [];
  /** Adds a parameter and returns its placeholder (`$3`). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
  add(clause: string): this {
    this.clauses.push(clause);
    return this;
  }
  toString(): string {
    return this.clauses.length > 0 ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
