// Fixed facts of the PAPI index (see data/sources/papi/README.md). Which years compare is not one of
// them: it is derived from the data (indicator_comparability in src/db/schema.sql.ts).

/** Default province: Đắk Nông (P43 in data/provinces.csv). Never hard-wire it elsewhere. */
export const DEFAULT_PROVINCE_CODE = 'P43';
