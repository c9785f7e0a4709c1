/** Version stamped into both solutions; bump it for every release an admin imports. */
export const SOLUTION_VERSION = "1.0.0.0";

/** The oldest platform version whose importer reads what we emit. */
export const IMPORT_EXPORT_VERSION = "9.2.24012.196";

/** What every component of ours says it was introduced in: the first release. */
export const INTRODUCED_VERSION = "1.0.0.0";

/** The solution's base language: English, as Microsoft's own tables. */
export const BASE_LANGUAGE = 1033;
