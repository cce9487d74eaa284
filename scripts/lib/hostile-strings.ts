// Hostile strings for the security suite: markup and script that must stay inert text, URL
// schemes, template and SQL syntax, bidi and zero-width controls, mixed scripts and the longest
// text an API field allows. Shared by the sandbox's node tests (stored and returned unchanged)
// and the elements' browser tests (rendered as text, nothing created or run from them).
// Plain data, no imports: the browser tests load this file as is.
//
// A payload that would run reports itself by setting `window.__jgPwned`; tests assert it stays
// undefined. Every string is at most 500 UTF-16 code units (the contract's `Text` limit) and
// holds no U+0000 (refused as invalid_request, Postgres text cannot store it).

/** The global a payload sets if it ever runs. */
export const PWNED = '__jgPwned';

export const hostileStrings: readonly string[] = [
  `<script>window.${PWNED}='script'</script>`,
  `<img src=x onerror="window.${PWNED}='img'">`,
  `"><svg onload="window.${PWNED}='svg'"></svg>`,
  `javascript:window.${PWNED}='url'`,
  `<a href="javascript:window.${PWNED}='a'">领取福利</a>`,
  `</textarea></title><iframe srcdoc="<script>parent.${PWNED}='iframe'</script>"></iframe>`,
  `<style>*{display:none!important}</style><link rel=stylesheet href=//evil.test/x.css>`,
  `{{constructor.constructor('window.${PWNED}=1')()}} \${window.${PWNED}='tpl'}`,
  `' OR 1=1; DROP TABLE members; -- "; DELETE FROM points_ledger;`,
  // RLO … PDF, LRI … PDI, RLM, ALM: the "invoice‮fdp.exe" trick and friends.
  '\u202Eexe.gnp\u202C 工会 \u2066RLI\u2069 \u200F\u061C末尾',
  '沈嘉禾 Ωmega Жук 한국어 العربية עברית ไทย 🧧👨‍👩‍👧 𠈌𠀀 ①²',
  'Z̵̡̢a̷͎l̶g̷o̵ \u200B\u200C\u200D\uFEFF zero-width',
  '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E; &#60;script&#62;',
  '第一行\n第二行\r\n\t缩进 \u0001\u001F\u007F\u0085',
  // The longest a Text field allows: 500 code units, BMP and astral halves.
  '嘉'.repeat(250) + 'W'.repeat(250),
  '𠈌'.repeat(250),
];
