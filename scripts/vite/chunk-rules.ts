// Checked on every renderer build: modules no renderer chunk may hold (zod: the main process
// validates), and modules the first screen may not load (heavy libraries and data that only
// other screens, or later steps of the quote, need). A new static import that drags one of
// them in fails the build, naming the chunk and the chain of imports, instead of quietly
// making the start slower. Screens and parts load such modules with import() when needed.
import type { Plugin } from 'vite';
import { firstScreenChunks, type Bundle, type Chunk, type FirstScreen } from './first-screen-preload';

export type ModuleRule = {
  /** Matched against module ids with forward slashes (node_modules paths included). */
  module: RegExp;
  /** Why, and where it belongs instead: printed with the failure. */
  why: string;
};

export type ChunkRules = {
  firstScreen: FirstScreen;
  /** Modules no chunk of the renderer may hold. */
  nowhere: ModuleRule[];
  /** Modules the chunks loaded before the first screen is usable may not hold. */
  notOnFirstScreen: ModuleRule[];
};

/** Who imports a module (statically), for the chain in the message; none in tests. */
export type Importers = (id: string) => readonly string[];

const slashed = (id: string) => id.replaceAll('\\', '/');

/** The import chain that brought `id` in: id <- importer <- ... (up to `depth` steps). */
function chain(id: string, importers: Importers, depth = 6): string {
  const steps = [id];
  let at = id;
  for (let i = 0; i < depth; i++) {
    const next = importers(at).find((m) => !steps.includes(m));
    if (!next) break;
    steps.push(next);
    at = next;
  }
  return steps.map((m) => slashed(m).replace(/^.*?\/(node_modules|renderer|shared)\//, '$1/')).join(' <- ');
}

/** One line per rule broken: the module, the chunk that holds it, why, and how it got there. */
export function chunkRuleViolations(bundle: Bundle, rules: ChunkRules, importers: Importers = () => []): string[] {
  const all = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk') as Chunk[];
  const problems: string[] = [];
  const check = (chunks: Chunk[], list: ModuleRule[], where: string) => {
    for (const rule of list) {
      for (const chunk of chunks) {
        const hit = Object.keys(chunk.modules ?? {}).find((id) => rule.module.test(slashed(id)));
        if (hit) problems.push(`${where}: ${chunk.fileName} holds ${rule.module} (${rule.why}); imported by ${chain(hit, importers)}`);
      }
    }
  };
  check(all, rules.nowhere, 'renderer');
  check(firstScreenChunks(bundle, rules.firstScreen), rules.notOnFirstScreen, 'first screen');
  return problems;
}

export function chunkRules(rules: ChunkRules): Plugin {
  return {
    name: 'front-desk:chunk-rules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const problems = chunkRuleViolations(bundle as unknown as Bundle, rules, (id) => this.getModuleInfo(id)?.importers ?? []);
      if (problems.length) this.error(`the renderer's chunks break the loading rules (electron.vite.config.ts):\n${problems.join('\n')}`);
    },
  };
}
