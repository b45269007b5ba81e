import createCache from '@emotion/cache';

/**
 * Emotion's cache without its default vendor prefixer: every browser the console supports reads the
 * unprefixed properties, and the prefixer rewrites each new rule on its way into the page, a cost
 * paid for every component style the first screen inserts.
 */
export const emotionCache = createCache({ key: 'css', stylisPlugins: [] });
