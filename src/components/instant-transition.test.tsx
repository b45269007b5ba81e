import { render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { InstantTransition } from './instant-transition';

describe('InstantTransition', () => {
  it('calls the enter callbacks in order when shown and the exit ones when hidden, with the child node, the last one a task later', async () => {
    const calls: string[] = [];
    const log = (name: string) => (node: HTMLElement, appearing?: boolean) => calls.push(`${name}:${node.id}:${String(appearing)}`);
    const props = { onEnter: log('enter'), onEntering: log('entering'), onEntered: log('entered'), onExit: log('exit'), onExiting: log('exiting'), onExited: log('exited') };
    const { rerender } = render(
      <InstantTransition in={false} role="presentation" timeout={225} {...props}>
        <div id="child">content</div>
      </InstantTransition>,
    );
    expect(calls).toEqual([]);
    // Other props reach the child as MUI's transitions pass them; those for the motion do not.
    expect(document.getElementById('child')?.getAttribute('role')).toBe('presentation');
    expect(document.getElementById('child')?.hasAttribute('timeout')).toBe(false);
    expect(document.getElementById('child')?.style.visibility).toBe('hidden');

    rerender(
      <InstantTransition in {...props}>
        <div id="child">content</div>
      </InstantTransition>,
    );
    expect(calls).toEqual(['enter:child:false', 'entering:child:false']);
    await waitFor(() => expect(calls).toEqual(['enter:child:false', 'entering:child:false', 'entered:child:false']));
    expect(document.getElementById('child')?.style.visibility).toBe('');

    calls.length = 0;
    rerender(
      <InstantTransition in={false} {...props}>
        <div id="child">content</div>
      </InstantTransition>,
    );
    await waitFor(() => expect(calls).toEqual(['exit:child:undefined', 'exiting:child:undefined', 'exited:child:undefined']));
    expect(document.getElementById('child')?.style.visibility).toBe('hidden');
  });

  it('enters on mount when it appears shown, unless appear is false', () => {
    const onEnter = vi.fn();
    render(
      <>
        <InstantTransition in onEnter={onEnter}>
          <div>first</div>
        </InstantTransition>
        <InstantTransition in appear={false} onEnter={onEnter}>
          <div>second</div>
        </InstantTransition>
      </>,
    );
    expect(onEnter).toHaveBeenCalledTimes(1);
    expect(onEnter.mock.calls[0]?.[1]).toBe(true);
  });
});
