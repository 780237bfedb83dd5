// English UI text of the Data view's backup and restore (the workspace as a .papi.zip) and of the file's refusals.
// The same keys as the Vietnamese source in ../backup.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { backupVi } from '../backup.ts';

export const backupEn: { readonly [K in keyof typeof backupVi]: string } = {
  'backup.title': 'Back up and restore',
  'backup.intro':
    'A backup file (.papi.zip) holds everything this browser keeps for you: the imported files (the originals and the choices made, received reports included), the dimension targets, the briefing list, the report unit lists and the query history. Restoring it in another browser or on another computer rebuilds exactly that.',
  'backup.includesUnkept':
    'The backup also holds the {count} file(s) imported in this tab that the browser could not keep (“not kept” in the imported files table): back up now so as not to lose them.',
  'backup.button': 'Back up',
  'backup.working': 'Backing up…',
  'backup.done': 'Backup saved as {file}.',
  'backup.failed': 'Could not back up: {error}',
  'backup.restore.input': 'Restore from a backup',
  'backup.restore.drop': 'or drop a .papi.zip file here',
  'backup.restore.reading': 'Checking {file}…',
  'backup.restore.refused': 'Not restored from {file}; nothing was changed.',
  'backup.restore.summary':
    '{file}: a backup made on {date} (app version {version}). Restoring replaces everything kept now with the file’s contents:',
  'backup.restore.tableCaption': 'What will be replaced',
  'backup.restore.column.kind': 'Kind',
  'backup.restore.column.now': 'Kept now',
  'backup.restore.column.incoming': 'In the file',
  'backup.kind.imports': 'Imported files (received reports included)',
  'backup.kind.targets': 'Provinces with dimension targets',
  'backup.kind.deck': 'Briefing slides',
  'backup.kind.reportUnits': 'Plans with report unit lists',
  'backup.kind.queryHistory': 'Queries in the history',
  'backup.restore.confirm': 'Replace with the backup',
  'backup.restore.cancel': 'Cancel',
  'backup.restore.working': 'Restoring…',
  'backup.restore.done': 'Restored from {file}.',
  'backup.restore.failed': 'Could not restore ({error}); what was kept is unchanged.',
  'backup.restore.failedNotPutBack':
    'Could not restore ({error}), and what was kept before could not be put back; restore from the backup file again.',
  'backup.problem.notZip': 'This is not a .zip file.',
  'backup.problem.damagedZip':
    "The .zip file is damaged: an entry's contents do not match the CRC-32 the file records.",
  'backup.problem.notOurs': 'This .zip is not a backup of this app (it has no PAPI dashboard manifest.json).',
  'backup.problem.newerVersion':
    'The file was made by a newer version of the app (format {found}; this app reads up to format {known}). Update the app.',
  'backup.problem.missingEntry': 'The entry {entry} is missing.',
  'backup.problem.extraEntry': 'The entry {entry} is not listed in manifest.json.',
  'backup.problem.checksum':
    'The entry {entry} was changed or is damaged (its SHA-256 checksum does not match).',
  'backup.problem.badEntry': 'The entry {entry} cannot be read: expected {expected}.',
  'backup.problem.count': 'The entry {entry} holds {found} records; manifest.json says {manifest}.',
  'backup.expected.imports':
    'a list of imported files (name, original file under imports/, import mode, time of import)',
  'backup.expected.importRows':
    'the checked rows of an imported file (a version, the kind of file, and per table its rows as CSV)',
  'backup.expected.targets':
    'a list of targets per province (each target: the national median, the high group, or a number from 1 to 10)',
  'backup.expected.deck': 'a briefing list (a title and slides, each with a PNG picture)',
  'backup.expected.reportUnits': 'unit lists per plan (district, commune, department)',
  'backup.expected.queryHistory': 'a list of queries (SQL text and time run)',
  'backup.expected.manifest':
    'the version, the time made, the record count of each kind and each entry’s checksum',
};
