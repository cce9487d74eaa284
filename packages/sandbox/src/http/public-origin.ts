/**
 * The origin a caller reached the sandbox at, for the URLs its answers hold (`imageUrl`,
 * `logoUrl`, openapi.json's `servers`). Behind an HTTPS reverse proxy or a tunnel (nginx, Caddy,
 * ngrok, cloudflared: a team's shared sandbox, a phone testing the bank app) requests arrive as
 * plain http, and every image was an http:// URL in an https page: mixed content, which a bank
 * app's WebView refuses to load and browsers warn about. The proxy's `X-Forwarded-Proto` and
 * `X-Forwarded-Host` (first value of each) say what the caller used; anything that is not a
 * scheme and a host is ignored. A proxy serving the sandbox under a path (a team's gateway at
 * https://dev.example/jiagong/, nginx `location /jiagong/`) says it in `X-Forwarded-Prefix`, as
 * Spring and Traefik read it: without it the image URLs missed the path and every image was a 404.
 * The answer is then the origin and that path (no trailing slash), which the URLs go on from.
 */
export function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const first = (name: string) => request.headers.get(name)?.split(',')[0]?.trim() || undefined;
  const proto = first('x-forwarded-proto')?.toLowerCase();
  const host = first('x-forwarded-host');
  const scheme = proto === 'https' || proto === 'http' ? proto : url.protocol.slice(0, -1);
  const authority =
    host && /^[\w.-]+(:\d{1,5})?$|^\[[\d.:a-f]+\](:\d{1,5})?$/i.test(host) ? host : url.host;
  // Path segments only: nothing that would end the path (?, #) or climb out of it (.., //, and
  // %2e%2e, which a URL parser reads as .. too).
  const prefix = first('x-forwarded-prefix')?.replace(/\/+$/, '') ?? '';
  const path = /^(?:\/(?!(?:\.|%2e){1,2}(?:\/|$))[\w.~%!$&'()*+,;=:@-]+)+$/i.test(prefix)
    ? prefix
    : '';
  try {
    return new URL(`${scheme}://${authority}`).origin + path;
  } catch {
    return url.origin + path;
  }
}
