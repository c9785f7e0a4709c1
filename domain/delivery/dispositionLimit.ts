import { DispositionCodesMaxLength } from "../tables/names";

/** The length limit of msdyn_disposition_codes, which the chips enforce when they write back. */
export const dispositionCodesLimit = DispositionCodesMaxLength;
