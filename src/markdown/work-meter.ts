/**
 * Characters the markdown lexer has read since the page loaded. Not public API: tests read it to
 * check that rendering a reply is linear in its length without timing anything.
 */
export const markdownWork = { lexed: 0 };
