/** The locale of every number, date and list a reader sees: every `Intl` formatter takes it. */
export const LOCALE = 'en-GB';
