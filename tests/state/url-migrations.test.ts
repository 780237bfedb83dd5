import { describe, expect, it } from 'vitest';
import {
  CURRENT_URL_VERSION,
  migrateUrlParams,
  readUrlVersion,
  URL_MIGRATIONS,
} from '../../src/state/url-migrations.ts';

const migrate = (search: string): string => migrateUrlParams(new URLSearchParams(search)).toString();

describe('URL migrations', () => {
  it('treats a URL without a version as version 0', () => {
    expect(readUrlVersion(new URLSearchParams('province=P43'))).toBe(0);
    expect(readUrlVersion(new URLSearchParams('v=abc&province=P43'))).toBe(0);
    expect(readUrlVersion(new URLSearchParams('v=1'))).toBe(1);
  });

  it('migrates a version 0 link to the current version, keeping its values', () => {
    expect(migrate('province=P17&year=2023&lang=en&view=overview')).toBe(
      'province=P17&year=2023&lang=en&view=overview&v=1',
    );
  });

  it('leaves a current link as it is', () => {
    expect(migrate('v=1&province=P17&year=2023')).toBe('v=1&province=P17&year=2023');
  });

  it('replaces a malformed version by migrating from version 0', () => {
    expect(migrate('v=x&province=P17')).toBe('province=P17&v=1');
  });

  it('does not change the parameters it was given (migrations are pure)', () => {
    const params = new URLSearchParams('province=P17');
    migrateUrlParams(params);
    expect(params.toString()).toBe('province=P17');
  });

  it('has one migration per version step, ending at the current version', () => {
    expect(URL_MIGRATIONS.map((migration) => migration.from)).toEqual(
      Array.from({ length: CURRENT_URL_VERSION }, (_, version) => version),
    );
  });
});
