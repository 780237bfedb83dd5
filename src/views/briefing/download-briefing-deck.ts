// The briefing's .pptx: built from the stored slides (pptxgenjs and the export helpers load only now) and
// handed to the browser as a download.
import { buildExportFileName } from '../../export/file-name.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { listBriefingSlides } from '../../storage/briefing-store.ts';

/** What the deck says besides its slides. */
export interface DeckRequest {
  /** The title on the first slide. */
  title: string;
  /** The title it has when the user typed none: the file name then names the province only. */
  defaultTitle: string;
  provinceName: string;
  /** The Overview's summary (a slide after the title); undefined without one. */
  paragraphs: readonly string[] | undefined;
}

/** Builds the deck and downloads it; returns the file's name. */
export async function downloadBriefingDeck(
  i18n: I18n,
  { title, defaultTitle, provinceName, paragraphs }: DeckRequest,
): Promise<string> {
  const { t } = i18n;
  const [{ buildDeck }, { downloadBlob }, { formatExportDate }] = await Promise.all([
    import('../../export/deck-builder.ts'),
    import('../../export/render-figure.ts'),
    import('../../export/export-actions.ts'),
  ]);
  const now = new Date();
  // Notes are read back from the store: the textareas save on every keystroke.
  const current = await listBriefingSlides();
  const deck = await buildDeck(
    {
      title,
      subtitleLines: [
        t('export.deck.province', { province: provinceName }),
        t('export.deck.date', { date: formatExportDate(i18n, now) }),
      ],
      ...(paragraphs === undefined ? {} : { summary: paragraphs }),
      summaryTitle: t('export.deck.summaryTitle'),
      slides: current.map(({ title: slideTitle, imageDataUrl, source, note }) => ({
        title: slideTitle,
        imageDataUrl,
        source,
        note,
      })),
      lang: i18n.lang,
    },
    'blob',
  );
  const fileName = buildExportFileName(
    {
      province: provinceName,
      indicator: title === defaultTitle ? '' : title,
      years: '',
      date: now,
    },
    'pptx',
  );
  downloadBlob(deck as Blob, fileName);
  return fileName;
}
