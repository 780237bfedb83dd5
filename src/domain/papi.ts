// Fixed facts of the PAPI index (see data/sources/papi/README.md).

/** The year PAPI went from 6 to 8 dimensions; totals before and after are not comparable. */
export const EIGHT_DIMENSION_FIRST_YEAR = 2018;

/** Default province: Đắk Nông (P43 in data/provinces.csv). Never hard-wire it elsewhere. */
export const DEFAULT_PROVINCE_CODE = 'P43';

export const DIMENSION_CODES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
