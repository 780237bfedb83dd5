// Reading a made .docx back as its reader's tools would: the zip's parts, mammoth's text and HTML tables.
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** The .docx's parts and its text and tables as mammoth reads them. */
export interface ReadDocx {
  zip: JSZip;
  documentXml: string;
  stylesXml: string;
  text: string;
  /** Each table as rows of cell texts (merged paragraphs joined by a space). */
  tables: string[][][];
}

const stripTags = (html: string): string =>
  html
    .replace(/<\/p><p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();

function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)].map(([, table = '']) =>
    [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([, row = '']) =>
      [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map(([, cell = '']) => stripTags(cell)),
    ),
  );
}

/** Unzips and reads `bytes`. */
export async function readDocx(bytes: ArrayBuffer): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (path: string): Promise<string> => {
    const file = zip.file(path);
    if (file === null) throw new Error(`missing part ${path}`);
    return file.async('string');
  };
  const buffer = Buffer.from(bytes);
  return {
    zip,
    documentXml: await part('word/document.xml'),
    stylesXml: await part('word/styles.xml'),
    text: (await mammoth.extractRawText({ buffer })).value,
    tables: tablesOf((await mammoth.convertToHtml({ buffer })).value),
  };
}
