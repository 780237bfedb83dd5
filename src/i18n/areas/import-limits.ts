// UI text of an import's bounds and of engine failures met while importing (the file's row limit, the engine out
// of memory or stopped), and of the import's progress. Vietnamese is the source; English has the same keys.

export const importLimitsVi = {
  'import.problem.tooManyRows':
    'Tệp có {found} dòng dữ liệu, vượt giới hạn {expected} dòng cho loại dữ liệu này. Hãy chia tệp thành nhiều tệp nhỏ hơn.',
  'import.engine.memory':
    'Không nhập được {files}: bộ máy dữ liệu trong trình duyệt hết bộ nhớ. Hãy chia tệp thành nhiều tệp nhỏ hơn. Dữ liệu đang có được giữ nguyên.',
  'import.engine.stopped':
    'Không nhập được {files}: bộ máy dữ liệu trong trình duyệt đã dừng. Hãy khởi động lại rồi nhập lại. Dữ liệu đang có được giữ nguyên.',
  'import.engine.refused':
    'Không nhập được {files}: bộ máy dữ liệu từ chối dữ liệu của tệp. Dữ liệu đang có được giữ nguyên.',
  'import.engine.browser': 'Không nhập được {files}: {reason} Dữ liệu đang có được giữ nguyên.',
  'import.engine.theFiles': 'các tệp đã chọn',
  'import.engine.details': 'Chi tiết kỹ thuật',
} as const;

export const importLimitsEn: { readonly [K in keyof typeof importLimitsVi]: string } = {
  'import.problem.tooManyRows':
    'The file has {found} data rows, more than the limit of {expected} rows for this kind of data. Split it into smaller files.',
  'import.engine.memory':
    'Could not import {files}: the data engine in the browser ran out of memory. Split the file into smaller files. The loaded data is unchanged.',
  'import.engine.stopped':
    'Could not import {files}: the data engine in the browser stopped. Restart it, then import again. The loaded data is unchanged.',
  'import.engine.refused':
    'Could not import {files}: the data engine refused the file’s data. The loaded data is unchanged.',
  'import.engine.browser': 'Could not import {files}: {reason} The loaded data is unchanged.',
  'import.engine.theFiles': 'the chosen files',
  'import.engine.details': 'Technical details',
};
