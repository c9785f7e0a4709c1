import * as React from "react";

/**
 * The JSX factory of this control's views (each names it in its jsx pragma comment):
 * React.createElement itself, under a name the minifier can shorten. JSX compiles to one call per element, and
 * writing out "React.createElement" for each of them would cost close to a kilobyte of the
 * bundle budget.
 */
export const h = React.createElement;
export const Fragment = React.Fragment;
