/**
 * The length of msdyn_disposition_codes (Text, 1,000). domain/tables holds the table
 * description this mirrors; importing it here would put every column's metadata into each
 * control bundle (about 4 KB minified), so the number is repeated once and
 * tests/domain/delivery/dispositionLimit.test.ts keeps the two equal.
 */
export const dispositionCodesLimit = 1000;
