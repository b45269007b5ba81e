/** Styles that hide content from sight but keep it for screen readers (live regions, extra labels). */
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/**
 * For an `sx`: while the element is `inert` (out of reach and out of the accessibility tree) it is
 * not shown either, yet keeps its place in the layout. Holding a control's place this way takes one
 * attribute to change when it comes into use.
 */
export const hiddenWhileInert = { '&[inert]': { visibility: 'hidden' } } as const;
