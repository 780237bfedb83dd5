// The briefing deck, built in the browser with pptxgenjs (a lazy chunk: nobody pays for it until they download
// a deck): a title slide, the Overview's briefing summary when there is one, then one 16:9 slide per chart.
// A slide carries its words either as text (the title and summary slides) or in its picture (a chart slide:
// the finished figure already has the chart's title, subtitle, source and export date), never both.

/** One chart slide: its title, the finished figure (PNG data URL), its source line and the speaker note. */
export interface DeckSlide {
  title: string;
  imageDataUrl: string;
  source: string;
  note: string;
}

/** Everything a deck says, already in the UI language. */
export interface DeckInput {
  title: string;
  /** Lines under the title on the first slide, e.g. "Tỉnh: Đắk Nông", "Ngày 27/11/2026". */
  subtitleLines: readonly string[];
  /** The Overview's briefing summary, one paragraph each; a summary slide follows the title slide when given. */
  summary?: readonly string[];
  summaryTitle: string;
  slides: readonly DeckSlide[];
  lang: 'vi' | 'en';
}

/** What the deck is written as: a Blob in the browser, bytes in Node tests. */
export type DeckOutput = 'blob' | 'arraybuffer';

// 16:9 layout is 10 × 5.625 inches; fonts with Vietnamese glyphs on every office machine.
const SLIDE_W_IN = 10;
const MARGIN_IN = 0.4;
const FONT_FACE = 'Arial';
const TEXT_COLOR = '1F2933';
const MUTED_COLOR = '52606D';
const SLIDE_H_IN = 5.625;
const SUMMARY_TOP_IN = 1.0;
/** A chart's figure spans 95 % of the width inside the margins, at its own 16:9, centred on the slide. */
const FIGURE_WIDTH_SHARE = 0.95;
const FIGURE_W_IN = (SLIDE_W_IN - 2 * MARGIN_IN) * FIGURE_WIDTH_SHARE;
const FIGURE_H_IN = (FIGURE_W_IN * 9) / 16;

/** pptxgenjs takes base64 images as "image/png;base64,…" (no "data:" prefix). */
function pptxImageData(dataUrl: string): string {
  return dataUrl.replace(/^data:/, '');
}

/** Builds the .pptx; pptxgenjs is imported only here, on demand. */
export async function buildDeck(input: DeckInput, output: DeckOutput): Promise<Blob | ArrayBuffer> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = input.title;
  pptx.company = 'PAPI dashboard';
  // The proofing language of every text box, so PowerPoint does not flag Vietnamese as misspelt English.
  const lang = input.lang === 'vi' ? 'vi-VN' : 'en-GB';

  const cover = pptx.addSlide();
  cover.addText(input.title, {
    x: MARGIN_IN,
    y: 1.6,
    w: SLIDE_W_IN - 2 * MARGIN_IN,
    h: 1.2,
    fontFace: FONT_FACE,
    lang,
    fontSize: 34,
    bold: true,
    color: TEXT_COLOR,
    valign: 'bottom',
  });
  cover.addText(input.subtitleLines.join('\n'), {
    x: MARGIN_IN,
    y: 3.0,
    w: SLIDE_W_IN - 2 * MARGIN_IN,
    h: 1.0,
    fontFace: FONT_FACE,
    lang,
    fontSize: 18,
    color: MUTED_COLOR,
    valign: 'top',
  });

  if (input.summary !== undefined && input.summary.length > 0) {
    const summary = pptx.addSlide();
    summary.addText(input.summaryTitle, slideTitleProps(lang));
    summary.addText(
      input.summary.map((paragraph) => ({
        text: paragraph,
        options: { breakLine: true, paraSpaceAfter: 6 },
      })),
      {
        x: MARGIN_IN,
        y: SUMMARY_TOP_IN,
        w: SLIDE_W_IN - 2 * MARGIN_IN,
        // Down to the bottom margin, at a size that holds the summary's eight or so sentences.
        h: SLIDE_H_IN - SUMMARY_TOP_IN - MARGIN_IN,
        fontFace: FONT_FACE,
        lang,
        fontSize: 14,
        color: TEXT_COLOR,
        valign: 'top',
      },
    );
  }

  for (const item of input.slides) {
    const slide = pptx.addSlide();
    // The title and source are drawn in the figure; the alt text says them to a screen reader.
    slide.addImage({
      data: pptxImageData(item.imageDataUrl),
      x: (SLIDE_W_IN - FIGURE_W_IN) / 2,
      y: (SLIDE_H_IN - FIGURE_H_IN) / 2,
      w: FIGURE_W_IN,
      h: FIGURE_H_IN,
      altText: `${item.title}. ${item.source}`,
    });
    if (item.note.trim() !== '') slide.addNotes(item.note);
  }
  return (await pptx.write({ outputType: output })) as Blob | ArrayBuffer;
}

function slideTitleProps(lang: string) {
  return {
    x: MARGIN_IN,
    y: 0.25,
    w: SLIDE_W_IN - 2 * MARGIN_IN,
    h: 0.7,
    fontFace: FONT_FACE,
    lang,
    fontSize: 22,
    bold: true,
    color: TEXT_COLOR,
    valign: 'middle' as const,
  };
}
