/** Version stamped into both solutions; bump it for every release an admin imports. */
export const SOLUTION_VERSION = "1.0.0.0";

/** The oldest platform version whose importer reads what we emit. */
export const IMPORT_EXPORT_VERSION = "9.2.24012.196";
