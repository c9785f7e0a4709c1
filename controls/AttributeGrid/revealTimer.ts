/**
 * How long the rows of an unfinished first load may stay hidden. A first load that completes
 * quickly is rendered once, when its last page arrives: showing each page would sort and
 * render the growing list again for nothing. A slower one shows what has arrived once it has
 * taken this long (the adapter asks the host for a render then if no page arrives), and from
 * then on every page as it comes.
 */
export const revealAfterMs = 250;
