/** The backup file's name and version (apart from the schema, so reading them loads no validator). */
export const BACKUP_FORMAT = 'good-enough-backup';
export const BACKUP_VERSION = 1;
