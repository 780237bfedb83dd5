// Which task progress a PAPI year's score can reflect. PAPI interviews citizens in the second half of the year
// it names and publishes the results the next spring, so work reported after that year cannot have shown in its
// score. The app takes the last day of the survey year as the cut-off: completion "by then" is what the year's
// score is compared with by default, and any later period is labelled "after the survey".

/** The last day (ISO) whose progress can have shown in `surveyYear`'s PAPI score. */
export const surveyCutoffDate = (surveyYear: number): string => `${surveyYear}-12-31`;

/** True when a report period ends after `surveyYear`'s survey cut-off. */
export const isAfterSurvey = (periodEnd: string, surveyYear: number): boolean =>
  periodEnd > surveyCutoffDate(surveyYear);
