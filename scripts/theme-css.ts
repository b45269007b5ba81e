/**
 * The theme's CSS variables as a stylesheet written into index.html at build time.
 *
 * MUI's ThemeProvider otherwise builds these rules on every page load (about 400 declarations for
 * the light and dark schemes) and runs them through emotion's CSS serializer: well over 100 ms of
 * main-thread work on a slow machine, before the first row can render. The app sets
 * `disableStyleSheetGeneration` and relies on this copy instead; vite.config.ts injects it.
 */
import { runnerImport, type Plugin } from 'vite';

type Declarations = Record<string, string | number>;
type StyleSheet = Record<string, Declarations>;

interface ThemeModule {
  appTheme: () => { generateStyleSheets?: () => StyleSheet[] };
}

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

export async function themeCss(root: string): Promise<string> {
  const { module } = await runnerImport<ThemeModule>('/src/app/theme.ts', { root, configFile: false, logLevel: 'silent' });
  const sheets = module.appTheme().generateStyleSheets?.();
  if (sheets === undefined) throw new Error('The theme has no CSS variables to generate (cssVariables off?)');
  return serializeStyleSheets(sheets);
}

/** Writes the theme's CSS variables into index.html as a <style> element (the CSP allows inline styles). */
export function themeStylesheet(): Plugin {
  let root = process.cwd();
  // Built once, not on every page the dev server serves (each build loads the theme in a module
  // runner); `npm run dev` builds it again when the theme file changes.
  let css: Promise<string> | undefined;
  return {
    name: 'seqera-console:theme-stylesheet',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (file.endsWith('/src/app/theme.ts')) css = undefined;
      });
    },
    async transformIndexHtml() {
      css ??= themeCss(root);
      return [{ tag: 'style', attrs: { id: 'theme-variables' }, children: await css, injectTo: 'head-prepend' }];
    },
  };
}
