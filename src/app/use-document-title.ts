// The document's language and the tab's title, kept in step with what the shell shows.
import { useLayoutEffect } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Sets `<html lang>` and the title: the view and the province, or the app's name until the province is known. */
export function useDocumentTitle(viewLabel: string, provinceName: string | null): void {
  const { t, lang } = useI18n();
  // The tab names the view and the province, so a bookmark or a tab list says what it shows. Before the paint, so
  // the page's first frame already says its language (index.html says Vietnamese).
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.title =
      provinceName === null
        ? t('app.name')
        : t('app.documentTitle', { view: viewLabel, province: provinceName, app: t('app.shortName') });
  }, [lang, t, viewLabel, provinceName]);
}
