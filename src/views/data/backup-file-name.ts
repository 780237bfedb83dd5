// The backup's file name: the province the user works on (or the app) and the day, e.g. dak-nong-2026-12-03.papi.zip.
import { formatIsoDate, slugify } from '../../export/file-name.ts';
import { BACKUP_FILE_EXTENSION } from '../../storage/backup/backup-format.ts';

/** "<province>-<yyyy-mm-dd>.papi.zip" in ASCII; "papi-dashboard-…" when no province is named. */
export function backupFileName(provinceName: string, date: Date): string {
  const stem = slugify(provinceName) || 'papi-dashboard';
  return `${stem}-${formatIsoDate(date)}${BACKUP_FILE_EXTENSION}`;
}
