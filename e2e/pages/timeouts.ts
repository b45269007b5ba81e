/**
 * The first load of a page parses the whole app bundle; on a busy 2-core machine that can
 * take longer than the default 5 s, unlike the interactions that follow.
 */
export const FIRST_LOAD_TIMEOUT = 15_000;
