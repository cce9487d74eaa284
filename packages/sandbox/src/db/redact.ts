/**
 * The URL without its password, for logs: the one before the host, and one given as a query
 * parameter (`?password=…`, `sslpassword=…`: pg takes both there, and a socket: URL has no
 * other place for it). The rest of the query is shown as written.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    parsed.search = parsed.search.replace(/([?&][^=&]*password=)[^&]*/gi, '$1***');
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
