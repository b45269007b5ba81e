import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTheme, themeColours } from './theme-build';
import { appTheme, startTheme } from './theme';

afterEach(() => vi.restoreAllMocks());

function Screen() {
  const [dialogOpen, setDialogOpen] = useState(false);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button onClick={() => setDialogOpen(true)}>Open dialog</Button>
      <Dialog open={dialogOpen} onClose={() => setDialogOpen(false)}>
        <Button onClick={() => setDialogOpen(false)}>Close dialog</Button>
      </Dialog>
      <Button onClick={(event) => setAnchor(event.currentTarget)}>Open menu</Button>
      <Menu open={anchor !== null} anchorEl={anchor} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => setAnchor(null)}>Only item</MenuItem>
      </Menu>
    </>
  );
}

describe('the reduced-motion theme', () => {
  /** MUI's transitions read scrollTop to restart their animation; that read is a full layout in a browser. */
  async function openAndClose(reducedMotion: boolean): Promise<number> {
    const scrollTop = vi.spyOn(Element.prototype, 'scrollTop', 'get');
    const user = userEvent.setup();
    render(
      <ThemeProvider theme={buildTheme(reducedMotion)}>
        <Screen />
      </ThemeProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Open dialog' }));
    expect(screen.getByRole('dialog')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close dialog' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Open menu' }));
    expect(document.activeElement?.textContent).toBe('Only item');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    return scrollTop.mock.calls.length;
  }

  it('opens and closes dialogs and menus (focus, unmount) without reading the layout', async () => {
    expect(await openAndClose(true)).toBe(0);
  });

  it('where the default transitions do read it', async () => {
    expect(await openAndClose(false)).toBeGreaterThan(0);
  });
});

/** Paths where two themes differ: data compared by value, functions by being functions. */
function differences(actual: unknown, expected: unknown, path = 'theme', seen = new Set<unknown>()): string[] {
  if (typeof expected === 'function') return typeof actual === 'function' ? [] : [`${path}: not a function`];
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected) ? [] : [`${path}: ${String(actual)} ≠ ${String(expected)}`];
  if (actual === null || typeof actual !== 'object') return [`${path}: missing`];
  if (seen.has(expected)) return [];
  seen.add(expected);
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].flatMap((key) => differences((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`, seen));
}

describe('the theme the app starts from', () => {
  for (const reducedMotion of [false, true]) {
    it(`is MUI's own theme, value for value${reducedMotion ? ', with reduced motion' : ''}`, () => {
      const mui = buildTheme(reducedMotion);
      // As the theme provider does with a theme that has CSS variables: references without fallbacks.
      mui.vars = mui.generateThemeVars?.();
      mui.spacing = mui.generateSpacing?.() ?? mui.spacing;
      const started = startTheme(themeColours(buildTheme(reducedMotion)), reducedMotion);
      expect(differences(started, mui)).toEqual([]);
      // The functions behave as MUI's do, in both schemes.
      expect(started.spacing(2)).toBe(mui.spacing(2));
      expect(started.breakpoints.up('md')).toBe(mui.breakpoints.up('md'));
      expect(started.transitions.create('opacity')).toBe(mui.transitions.create('opacity'));
      expect(started.applyStyles('dark', { color: 'red' })).toEqual(mui.applyStyles('dark', { color: 'red' }));
      for (const scheme of ['light', 'dark'] as const) {
        const [startedPalette, muiPalette] = [started.colorSchemes[scheme]?.palette, mui.colorSchemes[scheme]?.palette];
        expect(startedPalette?.getContrastText('#a5b4fc')).toBe(muiPalette?.getContrastText('#a5b4fc'));
        expect(startedPalette?.augmentColor({ color: { main: '#123456' } })).toEqual(muiPalette?.augmentColor({ color: { main: '#123456' } }));
      }
    });
  }

  it('uses the colours prebuilt with the app', () => {
    expect(appTheme().generateThemeVars?.()).toEqual(buildTheme().generateThemeVars?.());
    expect(appTheme().colorSchemes.dark?.palette.primary.main).toBe('#a5b4fc');
  });
});
