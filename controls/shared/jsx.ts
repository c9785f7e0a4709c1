import * as React from "react";

/**
 * The JSX factory of every view (each .tsx names it in its pragma comments): React.createElement
 * itself under a name the minifier can shorten. JSX compiles to one call per element, and
 * spelling out the imported React namespace's createElement at each costs bytes every control
 * needs (measured in controls/README.md).
 */
export const h = React.createElement;
export const Fragment = React.Fragment;
