import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { csvDataUrl } from '../../export/csv-writer.ts';
import { importTemplate, importTemplateXlsx, TEMPLATE_KINDS, type TemplateKind } from './import-templates.ts';
import '../../components/link-button.css';
import '../../components/muted-text.css';

/** Builds the .xlsx template on demand and hands it to the browser as a download. */
async function downloadXlsxTemplate(kind: TemplateKind): Promise<void> {
  const { fileName, bytes } = await importTemplateXlsx(kind);
  const url = URL.createObjectURL(
    new Blob([bytes.slice()], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A CSV template per kind of file (BOM, Vietnamese headers, two example rows). */
export function TemplatesPanel(): ReactNode {
  const { t } = useI18n();
  return (
    <section className="panel data-section" aria-labelledby="data-templates-title">
      <h2 id="data-templates-title" className="data-section-title">
        {t('data.templates.title')}
      </h2>
      <p className="data-intro">{t('data.templates.intro')}</p>
      <ul className="template-list">
        {TEMPLATE_KINDS.map((kind) => {
          const template = importTemplate(kind);
          return (
            <li key={kind}>
              <a
                href={csvDataUrl(template.text)}
                download={template.fileName}
                data-testid={`template-${kind}`}
              >
                {t(`data.templates.${kind}`)}
              </a>{' '}
              <span className="muted">({template.fileName})</span>{' '}
              <button
                type="button"
                className="link-button"
                data-testid={`template-xlsx-${kind}`}
                // Three such buttons: each named after its template, the visible words included.
                aria-label={`${t(`data.templates.${kind}`)}: ${t('data.templates.xlsx')}`}
                onClick={() => void downloadXlsxTemplate(kind)}
              >
                {t('data.templates.xlsx')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
