import { describe, expect, it } from 'vitest';
import { fetchTags, linkTags, signedInPreloads, signInPreloads } from './route-preloads';

const root = '/project';

/** The parts of a Rolldown output chunk that the plugin reads. */
function chunk(fileName: string, name: string, modules: string[], imports: string[] = [], css: string[] = [], isEntry = false) {
  return {
    type: 'chunk' as const,
    fileName,
    name,
    isEntry,
    imports,
    moduleIds: modules.map((module) => `${root}/${module}`),
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set<string>() },
  };
}

// A build shaped like the console's: an entry with a shared chunk, the schemas group it imports at start,
// the signed-in chunk (with styles and a shared import), the after-mount bar, and a chunk nobody names.
const bundle = {
  'assets/boot.js': chunk('assets/boot.js', 'boot', ['src/main.tsx'], ['assets/react.js'], [], true),
  'assets/react.js': chunk('assets/react.js', 'react', ['node_modules/react/index.js']),
  'assets/schemas.js': chunk('assets/schemas.js', 'schemas', ['src/api/schemas.ts'], ['assets/react.js']),
  'assets/signed-in.js': chunk('assets/signed-in.js', 'signed-in', ['src/app/signed-in.tsx', 'src/features/credentials/list/list.tsx'], ['assets/react.js', 'assets/kit.js'], ['assets/signed-in.css']),
  'assets/kit.js': chunk('assets/kit.js', 'kit', ['src/lib/kit.ts']),
  'assets/sign-in.js': chunk('assets/sign-in.js', 'sign-in-page', ['src/features/session/sign-in-page.tsx'], ['assets/react.js', 'assets/kit.js']),
  'assets/bar.js': chunk('assets/bar.js', 'bulk-actions-bar', ['src/features/credentials/delete/bulk-actions-bar.tsx'], ['assets/kit.js', 'assets/strings.js'], ['assets/bar.css']),
  'assets/strings.js': chunk('assets/strings.js', 'strings', ['src/features/credentials/delete/strings.ts']),
  'assets/form.js': chunk('assets/form.js', 'form', ['src/features/credentials/form/form.tsx'], ['assets/kit.js']),
  'index.html': { type: 'asset' as const, fileName: 'index.html', source: '<html></html>' },
};

describe('signedInPreloads', () => {
  const preloads = signedInPreloads(bundle as never, root, '/');
  const hrefs = preloads.map(({ href }) => href);

  it('names the schemas, then the signed-in chunk with its styles and imports, then the after-mount bar at low priority', () => {
    expect(preloads).toEqual([
      { href: '/assets/schemas.js', css: false, low: false },
      { href: '/assets/signed-in.css', css: true, low: false },
      { href: '/assets/signed-in.js', css: false, low: false },
      { href: '/assets/kit.js', css: false, low: false },
      { href: '/assets/bar.css', css: true, low: true },
      { href: '/assets/bar.js', css: false, low: true },
      { href: '/assets/strings.js', css: false, low: true },
    ]);
  });

  it('never names what index.html loads already or what the first screen does not import', () => {
    expect(hrefs).not.toContain('/assets/boot.js');
    expect(hrefs).not.toContain('/assets/react.js');
    expect(hrefs).not.toContain('/assets/form.js');
    expect(hrefs).not.toContain('/assets/sign-in.js');
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('prefixes the base path', () => {
    expect(signedInPreloads(bundle as never, root, '/console/')[0]?.href).toBe('/console/assets/schemas.js');
  });

  it('fails the build when a named module is in no chunk, rather than writing a page that preloads nothing', () => {
    const { ['assets/bar.js']: _bar, ...withoutBar } = bundle;
    expect(() => signedInPreloads(withoutBar as never, root, '/')).toThrow(/bulk-actions-bar\.tsx/);
  });
});

describe('signInPreloads', () => {
  it('names the schemas, then the sign-in page with what it imports, and nothing of the signed-in app', () => {
    expect(signInPreloads(bundle as never, root, '/')).toEqual([
      { href: '/assets/schemas.js', css: false, low: false },
      { href: '/assets/sign-in.js', css: false, low: false },
      { href: '/assets/kit.js', css: false, low: false },
    ]);
  });
});

describe('linkTags', () => {
  it('writes module preloads, low priority after the first screen, and fetches styles without holding the first paint', () => {
    const html = linkTags([
      { href: '/assets/a.css', css: true, low: false },
      { href: '/assets/a.js', css: false, low: false },
      { href: '/assets/b.css', css: true, low: true },
      { href: '/assets/b.js', css: false, low: true },
    ]).split('\n').map((line) => line.trim());
    expect(html).toEqual([
      '<link rel="preload" as="style" crossorigin href="/assets/a.css" fetchpriority="low">',
      '<link rel="modulepreload" crossorigin href="/assets/a.js">',
      '<link rel="preload" as="style" crossorigin href="/assets/b.css" fetchpriority="low">',
      '<link rel="modulepreload" crossorigin href="/assets/b.js" fetchpriority="low">',
    ]);
  });

  it('escapes the attribute', () => {
    expect(linkTags([{ href: '/a"b&c.js', css: false, low: false }])).toContain('href="/a&quot;b&amp;c.js"');
  });
});

describe('fetchTags', () => {
  it("preloads answers as the page's fetch() asks for them (cors mode, same-origin credentials), escaped", () => {
    expect(fetchTags(['/auth/session', '/a?b="c"&d']).split('\n').map((line) => line.trim())).toEqual([
      '<link rel="preload" as="fetch" crossorigin href="/auth/session">',
      '<link rel="preload" as="fetch" crossorigin href="/a?b=&quot;c&quot;&amp;d">',
    ]);
  });
});
