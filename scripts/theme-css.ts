/**
 * The theme's colours, worked out at build time: its CSS variables as a stylesheet written into
 * index.html, and the colour schemes and variable references as the module `virtual:theme-colours`.
 *
 * MUI's ThemeProvider otherwise builds these rules on every page load (about 400 declarations for
 * the light and dark schemes) and runs them through emotion's CSS serializer: well over 100 ms of
 * main-thread work on a slow machine, before the first row can render. The app sets
 * `disableStyleSheetGeneration` and relies on this copy instead; vite.config.ts injects it.
 * Building the theme itself works out both schemes colour by colour (tens of milliseconds more):
 * src/app/theme.ts starts from the prebuilt colours instead.
 */
import { runnerImport, type Plugin } from 'vite';

type Declarations = Record<string, string | number>;
type StyleSheet = Record<string, Declarations>;

interface BuiltTheme {
  generateStyleSheets?: () => StyleSheet[];
}

interface ThemeBuildModule {
  buildTheme: () => BuiltTheme;
  themeColours: (theme: BuiltTheme) => unknown;
}

const VIRTUAL_ID = 'virtual:theme-colours';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

const kebab = (property: string) => (property.startsWith('--') ? property : property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/** Serializes MUI's generated sheets: flat selector blocks of declarations (no nesting, checked). */
export function serializeStyleSheets(sheets: StyleSheet[]): string {
  return sheets
    .flatMap((sheet) => Object.entries(sheet))
    .map(([selector, declarations]) => {
      const body = Object.entries(declarations).map(([property, value]) => {
        if (typeof value === 'object') throw new Error(`Unexpected nested rule ${property} under ${selector}`);
        return `${kebab(property)}:${String(value)}`;
      });
      return `${selector}{${body.join(';')}}`;
    })
    .join('\n');
}

interface ThemeOutputs {
  css: string;
  colours: unknown;
}

/** Builds the theme as MUI does (src/app/theme-build.ts) and keeps its stylesheet and colours. */
export async function themeOutputs(root: string): Promise<ThemeOutputs> {
  const { module } = await runnerImport<ThemeBuildModule>('/src/app/theme-build.ts', { root, configFile: false, logLevel: 'silent' });
  const theme = module.buildTheme();
  const sheets = theme.generateStyleSheets?.();
  if (sheets === undefined) throw new Error('The theme has no CSS variables to generate (cssVariables off?)');
  return { css: serializeStyleSheets(sheets), colours: module.themeColours(theme) };
}

/**
 * Writes the theme's CSS variables into index.html as a <style> element (the CSP allows inline
 * styles), and serves its colours as `virtual:theme-colours`.
 */
export function themeStylesheet(): Plugin {
  let root = process.cwd();
  // Built once, not on every page the dev server serves (each build loads the theme in a module
  // runner); `npm run dev` builds it again when the theme file changes.
  let outputs: Promise<ThemeOutputs> | undefined;
  const built = () => (outputs ??= themeOutputs(root));
  return {
    name: 'seqera-console:theme-stylesheet',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.endsWith('/src/app/theme-build.ts')) {
          outputs = undefined;
          const module = server.moduleGraph.getModuleById(RESOLVED_ID);
          if (module) server.moduleGraph.invalidateModule(module);
        }
      });
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify((await built()).colours))});`;
    },
    async transformIndexHtml() {
      return [{ tag: 'style', attrs: { id: 'theme-variables' }, children: (await built()).css, injectTo: 'head-prepend' }];
    },
  };
}
