import { Profiler } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { useColorScheme, useTheme } from '@mui/material/styles';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from './app-providers';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-mui-color-scheme');
  document.documentElement.className = '';
});

/** A themed screen, as every MUI component is: it renders again whenever the theme object changes. */
function ThemedScreen() {
  useTheme();
  const { mode, setMode } = useColorScheme();
  return (
    <button type="button" onClick={() => setMode('dark')}>
      mode: {mode ?? 'unknown'}
    </button>
  );
}

/** The colour scheme the provider has set on the page (as a class or a data attribute). */
const schemeOnPage = () => document.documentElement.className + String(document.documentElement.dataset.muiColorScheme ?? '');

/** Styles added to the page's head from now on that block every transition (MUI adds one for a change of scheme). */
function watchTransitionBlockers(): { added: string[]; stop: () => void } {
  const added: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLStyleElement && node.textContent?.includes('transition:none')) added.push(node.textContent);
      }
    }
  });
  observer.observe(document.head, { childList: true });
  return { added, stop: () => observer.disconnect() };
}

describe('AppProviders', () => {
  it('starts in the stored mode at once: the themed tree renders once, with no second pass after mount', async () => {
    localStorage.setItem('mui-mode', 'light');
    const commits: string[] = [];
    const blockers = watchTransitionBlockers();
    render(
      <AppProviders queryClient={new QueryClient()}>
        <Profiler id="screen" onRender={(_id, phase) => commits.push(phase)}>
          <ThemedScreen />
        </Profiler>
      </AppProviders>,
    );
    expect(screen.getByRole('button').textContent).toBe('mode: light');
    // Effects have run (the scheme is on the page) and nothing rendered the tree again, nor blocked
    // the page's transitions for a change of scheme that never happened.
    await waitFor(() => expect(schemeOnPage()).toMatch(/light/));
    expect(commits).toEqual(['mount']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    blockers.stop();
    expect(blockers.added).toEqual([]);
  });

  it('still switches the scheme, instantly, when asked', async () => {
    render(
      <AppProviders queryClient={new QueryClient()}>
        <ThemedScreen />
      </AppProviders>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('mode: dark');
    await waitFor(() => expect(schemeOnPage()).toMatch(/dark/));
    expect(localStorage.getItem('mui-mode')).toBe('dark');
  });
});
