// The bounds of the learner's daily numbers, shared by /settings and the review page's daily settings.
export const DAILY_GOAL = { min: 1, max: 500 } as const;
export const DAILY_NEW_CARDS = { min: 0, max: 500 } as const;
