// UI text of an import's bounds and of engine failures met while importing (the file's row limit, the engine out
// of memory or stopped), and of the import's progress. Vietnamese is the source; en/import-limits.ts has the same keys.

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
