import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeStyleSheets, themeOutputs } from './theme-css';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the prebuilt theme stylesheet', () => {
  it('declares both colour schemes with the palette the theme sets', async () => {
    const { css } = await themeOutputs(root);
    const rule = (selector: string) => new RegExp(`(^|\\n)${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\{([^}]*)\\}`).exec(css)?.[2] ?? '';
    expect(rule(':root, .light')).toContain('color-scheme:light');
    expect(rule(':root, .light')).toContain('--mui-palette-primary-main:#4338ca');
    expect(rule('.dark')).toContain('color-scheme:dark');
    expect(rule('.dark')).toContain('--mui-palette-primary-main:#a5b4fc');
    expect(rule('.dark')).toContain('--mui-palette-background-default:#101218');
    expect(rule(':root')).toContain('--mui-shape-borderRadius:8px');
  }, 30_000);

  it('comes with the colours of both schemes, as JSON', async () => {
    const { colours } = await themeOutputs(root);
    const parsed = JSON.parse(JSON.stringify(colours)) as { colorSchemes: Record<string, { palette: { primary: { main: string } } }>; vars: { palette: { primary: { main: string } } } };
    expect(parsed.colorSchemes.light?.palette.primary.main).toBe('#4338ca');
    expect(parsed.colorSchemes.dark?.palette.primary.main).toBe('#a5b4fc');
    expect(parsed.vars.palette.primary.main).toBe('var(--mui-palette-primary-main)');
  }, 30_000);

  it('writes custom properties as given and standard ones in kebab case', () => {
    expect(serializeStyleSheets([{ '.x': { colorScheme: 'dark', '--mui-zIndex-modal': 1300, '--mui-a-bC': 'y' } }])).toBe(
      '.x{color-scheme:dark;--mui-zIndex-modal:1300;--mui-a-bC:y}',
    );
  });

  it('refuses nested rules rather than writing broken CSS', () => {
    expect(() => serializeStyleSheets([{ '.x': { '@media print': { color: 'red' } as unknown as string } }])).toThrow(/nested/);
  });
});
