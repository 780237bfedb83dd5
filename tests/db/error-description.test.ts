// Engine errors reach the user as a sentence in their language; the SQL and the engine's text stay
// available as technical detail (shown collapsed by ErrorPanel).
import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/components/error-description.ts';
import { EngineLoadError } from '../../src/db/engine-load-error.ts';
import { QueryError } from '../../src/db/query-error.ts';
import { DataDownloadError } from '../../src/db/data-download-error.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';

describe('describeError', () => {
  const queryError = new QueryError(
    new Error('Catalog Error: Table with name no_such_table does not exist!'),
    '\n    SELECT * FROM no_such_table WHERE x = ?',
    [1],
  );

  it('says "the data could not be queried" for an engine error, in Vietnamese and English', () => {
    const { messageKey } = describeError(queryError);
    expect(createI18n('vi').t(messageKey)).toBe('Không truy vấn được dữ liệu.');
    expect(createI18n('en').t(messageKey)).toBe('The data could not be queried.');
  });

  it('keeps the engine text, the SQL and its params out of the message, in the detail', () => {
    const { messageKey, detail } = describeError(queryError);
    expect(createI18n('vi').t(messageKey)).not.toMatch(/SELECT|Catalog/);
    expect(detail).toBe(
      'Catalog Error: Table with name no_such_table does not exist!\nSQL: SELECT * FROM no_such_table WHERE x = ?\nParams: [1]',
    );
  });

  it('explains a failed engine download and keeps what the browser said as detail', () => {
    expect(describeError(new EngineLoadError('Failed to fetch'))).toEqual({
      messageKey: 'error.engineLoad',
      detail: 'Failed to fetch',
    });
  });

  it('says the built-in data could not come, naming the file and what the browser said, in both languages', () => {
    const { messageKey, detail } = describeError(new DataDownloadError('bundled.duckdb', 'Failed to fetch'));
    expect(createI18n('vi').t(messageKey)).toMatch(
      /^Không tải được dữ liệu có sẵn của ứng dụng\. .*thử lại\.$/,
    );
    expect(createI18n('en').t(messageKey)).toMatch(
      /^The app’s built-in data could not be downloaded\. .*try again\.$/,
    );
    expect(detail).toBe('bundled.duckdb: Failed to fetch');
  });

  it('falls back to a general message for anything else', () => {
    expect(describeError(new TypeError('x is undefined'))).toEqual({
      messageKey: 'error.unexpected',
      detail: 'x is undefined',
    });
    expect(describeError(undefined)).toEqual({ messageKey: 'error.unexpected', detail: null });
  });
});
