import type { ReactNode } from 'react';
import type { Language } from '../i18n/languages.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { loadLanguage } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Two toggle buttons, each named in its own language. */
export function LanguageSwitch({ onChange }: { onChange: (lang: Language) => void }): ReactNode {
  const { lang, t } = useI18n();
  return (
    <div
      className="language-switch"
      role="group"
      aria-label={t('header.language')}
      data-testid="language-switch"
    >
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-button"
          aria-pressed={option === lang}
          onClick={() => {
            // Asked again on each click: a download that failed (offline before the service worker) is retried.
            loadLanguage(option).catch(() => undefined);
            onChange(option);
          }}
        >
          {t(`lang.${option}`)}
        </button>
      ))}
    </div>
  );
}
