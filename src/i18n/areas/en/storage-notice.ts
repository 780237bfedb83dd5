// English UI text of what this browser could not keep: the shell's notice, the kept files table, the reset that other
// The same keys as the Vietnamese source in ../storage-notice.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { storageNoticeVi } from '../storage-notice.ts';

export const storageNoticeEn: { readonly [K in keyof typeof storageNoticeVi]: string } = {
  'storage.failed': 'Could not save in this browser: {reason}',
  'storage.outdated':
    'A newer version of the app has updated the data kept in this browser. Reload the page.',
  'storage.reload': 'Reload the page',
  'storage.notice.title': 'Imported data not kept',
  'storage.notice.files':
    'Not kept: {files}. This data is in use now, but it will be lost when the page is reloaded or closed unless it can be saved.',
  'storage.notice.retry': 'Retry saving',
  'storage.notice.retrying': 'Saving again…',
  'storage.notice.retryFailed': 'The retry did not save it either.',
  'storage.notice.freeSpace': 'Free space (remove kept files)',
  'storage.notice.backup': 'Back up',
  'storage.notice.held':
    'The kept files changed (in another tab, or a file was just removed); this tab has not reloaded, so the data not kept is not lost. Once it is saved, this tab reloads by itself.',
  'storage.otherTab.resetComing':
    'Another tab is restoring the bundled data: the imported data will be dropped and this tab will reload.',
  'data.keptFiles.title': 'Imported files',
  'data.keptFiles.intro':
    'The files kept in this browser and applied again at every start. Remove a file to free space; its data is dropped.',
  'data.keptFiles.empty': 'No file imported yet.',
  'data.keptFiles.loading': 'Reading the list of files…',
  'data.keptFiles.col.file': 'File',
  'data.keptFiles.col.size': 'Size',
  'data.keptFiles.col.importedAt': 'Imported at',
  'data.keptFiles.col.state': 'Kept in this browser',
  'data.keptFiles.col.action': 'Action',
  'data.keptFiles.kept': 'kept',
  'data.keptFiles.notKept': 'not kept',
  'data.keptFiles.remove': 'Remove',
  'data.keptFiles.removeLabel': 'Remove the file {file}',
  'data.keptFiles.removing': 'Removing…',
  'data.restore.unkeptElsewhere':
    'Another tab holds imported data it could not keep: {files}. Restoring the bundled data drops that data too.',
  'data.restore.goOn': 'Restore anyway',
  'data.restore.checking': 'Asking the other tabs…',
  'data.restore.failedBecause': 'Could not restore: {reason}',
};
