// A backup's refusal in the UI language, naming the archive entry at fault and what it should have held.
import type { Translate } from '../../i18n/translate.ts';
import type { BackupProblem } from '../../storage/backup/backup-format.ts';

/** One problem as a sentence. */
export function describeBackupProblem(problem: BackupProblem, t: Translate): string {
  switch (problem.key) {
    case 'notZip':
    case 'damagedZip':
    case 'notOurs':
      return t(`backup.problem.${problem.key}`);
    case 'newerVersion':
      return t('backup.problem.newerVersion', { found: problem.found, known: problem.known });
    case 'missingEntry':
    case 'extraEntry':
    case 'checksum':
      return t(`backup.problem.${problem.key}`, { entry: problem.entry });
    case 'badEntry':
      if (problem.expected === 'count') {
        return t('backup.problem.count', {
          entry: problem.entry,
          found: problem.counts?.found ?? 0,
          manifest: problem.counts?.manifest ?? 0,
        });
      }
      return t('backup.problem.badEntry', {
        entry: problem.entry,
        expected: t(`backup.expected.${problem.expected}`),
      });
  }
}
