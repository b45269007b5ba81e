import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTheme } from './theme';

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
