import type { JiagongClient } from '@jiagong/client';
import type { Union } from '@jiagong/contract';

/** The union tree indexed for a picker: lookups by id, children by parent, paths, search. */
export interface UnionTree {
  readonly all: readonly Union[];
  get(id: string | null | undefined): Union | undefined;
  /** Children in the API's order; `null` gives the top of the tree. */
  children(parentId: string | null): readonly Union[];
  hasChildren(id: string): boolean;
  /** From the top of the tree down to `id` itself (empty when unknown). */
  path(id: string): Union[];
  /** Whether `id` is `ancestorId` or lies below it. */
  isWithin(id: string, ancestorId: string): boolean;
}

export function indexUnions(all: readonly Union[]): UnionTree {
  const byId = new Map(all.map((union) => [union.id, union]));
  const children = new Map<string | null, Union[]>();
  for (const union of all) {
    // A node whose parent is missing from the answer is treated as a top node, not dropped.
    const parent = byId.has(union.parentId!) ? union.parentId : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(union);
  }
  const path = (id: string): Union[] => {
    const chain: Union[] = [];
    // Stops at a cycle too, which a well-formed tree never has.
    for (let node = byId.get(id); node && !chain.includes(node); node = byId.get(node.parentId!)) {
      chain.unshift(node);
    }
    return chain;
  };
  return {
    all,
    get: (id) => byId.get(id!),
    children: (parentId) => children.get(parentId) ?? [],
    hasChildren: (id) => children.has(id),
    path,
    isWithin: (id, ancestorId) => path(id).some((node) => node.id == ancestorId),
  };
}

// One request per client for every picker and merchant list on the page: the tree is small
// (hundreds of nodes for a city) and the same for everyone.
const cache = new WeakMap<JiagongClient, Promise<UnionTree>>();

/**
 * The whole union tree (`GET /v1/unions` answers it as a flat list with `parentId`). Not
 * aborted with the element that asked: others may be waiting for the same answer. A failure is
 * forgotten so that a retry asks again.
 */
export function loadUnionTree(client: JiagongClient): Promise<UnionTree> {
  let pending = cache.get(client);
  if (!pending) {
    pending = client.unions.tree().then((list) => indexUnions(list.data));
    cache.set(client, pending);
    pending.catch(() => {
      if (cache.get(client) === pending) cache.delete(client);
    });
  }
  return pending;
}

/** Splits a search into terms; every term must occur in a union's name or in its path. */
export function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,，、/]+/)
    .filter(Boolean);
}

/**
 * Unions whose path text contains every term, best first: matches in the union's own name
 * before matches only in its ancestors, then shallower levels, then the API's order (the sort
 * is stable).
 */
export function searchUnions(
  tree: UnionTree,
  query: string,
  within?: (union: Union) => boolean,
): Union[] {
  const terms = searchTerms(query);
  const scored: [Union, number][] = [];
  for (const union of tree.all) {
    const name = union.name.toLowerCase();
    const pathText = tree
      .path(union.id)
      .map((node) => node.name)
      .join(' ')
      .toLowerCase();
    const inName = terms.filter((term) => name.includes(term)).length;
    if (inName && terms.every((term) => pathText.includes(term)) && (!within || within(union))) {
      scored.push([union, (terms.length - inName) * 10 + union.level]);
    }
  }
  return scored.sort((a, b) => a[1] - b[1]).map(([union]) => union);
}
