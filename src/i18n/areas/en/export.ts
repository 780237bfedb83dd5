// English UI text of exports: the chart menu, CSV, the briefing list and its deck.
// The same keys as the Vietnamese source in ../export.ts (a chunk of its own: a page in Vietnamese never loads it).
import type { exportVi } from '../export.ts';

export const exportEn: { readonly [K in keyof typeof exportVi]: string } = {
  'export.menu.button': 'Export',
  'export.fileIndicator': 'indicator {code}',
  'export.menu.label': 'Export chart: {title}',
  'export.menu.slidePng': 'PNG for slides (1920×1080)',
  'export.menu.screenPng': 'PNG (twice the screen size)',
  'export.menu.svg': 'SVG',
  'export.menu.csv': 'CSV (the chart’s data)',
  'export.menu.csvPoint': 'CSV (decimal point)',
  'export.menu.csvComma': 'CSV (decimal comma)',
  'export.menu.copy': 'Copy image',
  'export.menu.addToDeck': 'Add to briefing deck',
  'export.status.working': 'Exporting…',
  'export.status.done': 'Downloaded {file}',
  'export.status.copied': 'Image copied to the clipboard',
  'export.status.copyUnsupported':
    'This browser does not allow copying images; use “PNG for slides” and insert the file.',
  'export.status.added': 'Added to the briefing deck (slides: {count})',
  'export.status.failed': 'Export failed: {reason}',
  'export.frame.exportedOn': 'Exported {date}',
  'export.csv.category': 'Item',
  'export.csv.source': 'Source',
  'export.csv.note': 'Note',
  'export.csv.exportedOn': 'Exported on',
  'export.nav.briefing': 'Briefing deck',
  'export.briefing.intro':
    'The charts chosen for the briefing deck, in slide order. The list is kept in this browser.',
  'export.briefing.deckTitle': 'Deck title',
  'export.briefing.defaultTitle': 'PAPI scores of {province}',
  'export.briefing.empty': 'No charts yet. Open a chart’s “Export” menu and choose “Add to briefing deck”.',
  'export.briefing.slide': 'Slide {number}',
  'export.briefing.note': 'Speaker note (slide {number})',
  'export.briefing.moveUp': 'Up',
  'export.briefing.moveDown': 'Down',
  'export.briefing.moveUpLabel': 'Move slide {number} up',
  'export.briefing.moveDownLabel': 'Move slide {number} down',
  'export.briefing.remove': 'Remove',
  'export.briefing.removeLabel': 'Remove slide {number}',
  'export.briefing.download': 'Download deck (.pptx)',
  'export.briefing.building': 'Building the deck…',
  'export.briefing.downloaded': 'Downloaded {file}',
  'export.briefing.imageAlt': 'Picture of slide {number}: {title}',
  'export.deck.date': '{date}',
  'export.deck.summaryTitle': 'Summary',
  'export.deck.province': 'Province: {province}',
  'export.briefing.waiting':
    'Waiting for the province’s name and the summary; the deck will be built as soon as they arrive…',
  'export.briefing.inMemory':
    'This browser does not allow storing data, so the slide list is kept only until this tab is closed. Download the deck before closing it.',
  'error.browser.quota':
    'the browser’s storage is full. Free some space (clear unused site data), then try again.',
  'error.browser.notAllowed': 'the browser does not allow this (permission denied).',
  'error.browser.storageRefused':
    'the browser refuses to let this page store data (private mode, or site storage blocked).',
  'error.browser.storageOutdated':
    'a newer version of the app has updated the data kept in this browser. Reload the page.',
  'error.browser.invalidState': 'the browser is not ready for this. Reload the page, then try again.',
  'error.browser.network':
    'a part it needs could not be downloaded: the network is down. Reconnect, then try again.',
  'error.browser.other': 'an unexpected error occurred.',
};
