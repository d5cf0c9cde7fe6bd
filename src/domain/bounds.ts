/**
 * The range of moments the journal keeps: epoch milliseconds within the years 1900..2200.
 * Anything outside is not a time the app writes, and would break history, search and print.
 */
export const MIN_TIME = Date.UTC(1900, 0, 1);
export const MAX_TIME = Date.UTC(2200, 11, 31, 23, 59, 59, 999);

/**
 * The most characters one field of words holds: generous, far beyond a book, but not without
 * end. Every field a person types into stops there, so whatever the app exports, it imports.
 */
export const MAX_WORDS_LENGTH = 5_000_000;

/**
 * The most tags one entry keeps. Here rather than beside the backup's schema, which the
 * schema upgrade at start-up has no need to load for this one number.
 */
export const MAX_TAGS = 1000;
