// Rollup drops module-level directives ("Module level directives cause errors when bundled").
// `'use client'` must survive in @jiagong/react's dist: it is what makes React Server Component
// bundlers (Next.js App Router) treat the hook-based wrappers as client components. With
// preserveModules each source module is its own output chunk, so the chunk of a module whose
// source starts with the directive gets it back as its first line.
const DIRECTIVE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(['"])use client\1/;

/** @returns {import('rollup').Plugin} */
export function keepUseClient() {
  /** @type {Set<string>} */
  const modules = new Set();
  return {
    name: 'keep-use-client',
    transform(code, id) {
      if (DIRECTIVE.test(code)) modules.add(id);
      return null;
    },
    banner(chunk) {
      return chunk.facadeModuleId && modules.has(chunk.facadeModuleId) ? "'use client';" : '';
    },
    onLog(level, log) {
      // The directive this plugin puts back is not worth a warning per module, nor is rollup's
      // failure to place that warning in the source ("Error when using sourcemap for reporting
      // an error", which `npm start` printed for every module).
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /use client/.test(log.message)) return false;
      if (log.code === 'SOURCEMAP_ERROR' && log.id && modules.has(log.id)) return false;
      return undefined;
    },
  };
}
