import type { ComponentProps } from 'react';
import './tag.css';

export interface TagLook {
  tone?: 'default' | 'success' | 'error';
  /** Filled with the tone's colour rather than outlined in it. */
  filled?: boolean;
}

/**
 * A small read-only chip (MUI Chip's small size, outlined or filled) as a plain <span> styled by a
 * static sheet (tag.css): lists show many of them, and MUI's Chip resolves its slots and variants on
 * every render. Other props (a tooltip's ref and handlers, tabIndex) go to the span.
 */
export function Tag({ tone = 'default', filled = false, className, ...props }: TagLook & ComponentProps<'span'>) {
  const classes = ['tag', tone === 'default' ? '' : `tag-${tone}`, filled ? 'tag-filled' : '', className ?? ''].filter(Boolean).join(' ');
  return <span {...props} className={classes} />;
}
