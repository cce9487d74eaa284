/**
 * A link the API returns, made absolute. Root-relative paths are the API's own pages, so they
 * resolve against its base (itself resolved against the page); a URL that does not parse is
 * returned as it is.
 */
export function apiUrl(url: string, apiBase = ''): string {
  try {
    return new URL(url, new URL(apiBase, document.baseURI)).href;
  } catch {
    return url;
  }
}
