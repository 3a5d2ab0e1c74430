// Turns the last result into a report file's bytes (issue 7, "Reports"). HTML, text and JSON
// come from common/reports; PDF is the same HTML printed by Chromium in a hidden window that
// can run nothing, so the PDF and the HTML file never tell different stories.
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import type { ReportFormat } from '../../common/ipc/contract';
import { DIALOG_TEXT } from '../../common/i18n';
import { htmlReport } from '../../common/reports/html';
import { jsonReport } from '../../common/reports/json';
import type { ReportInput } from '../../common/reports/model';
import { textReport } from '../../common/reports/text';

const EXTENSIONS: Record<ReportFormat, string> = {
  html: 'html',
  pdf: 'pdf',
  text: 'txt',
  json: 'json',
};

/** A dialog's filter name (in the app's language now) and the file's extension, per format. */
export const reportFileType = (format: ReportFormat): { name: string; extension: string } => ({
  name: DIALOG_TEXT.fileTypes[format],
  extension: EXTENSIONS[format],
});

/** What the PDF path needs of a BrowserWindow. */
export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  webContents: Pick<WebContents, 'printToPDF'>;
  destroy(): void;
}
export type CreatePdfWindow = (options: BrowserWindowConstructorOptions) => PdfWindow;

export type PaperSize = 'A4' | 'Letter';

/**
 * The window that prints: never shown, rendered offscreen, sandboxed, no preload, and no
 * JavaScript at all (the report has none; a summary that smuggled a tag in could not run).
 */
export const PDF_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    offscreen: true,
    sandbox: true,
    javascript: false,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    spellcheck: false,
  },
};

/**
 * Countries whose offices print on US Letter; everywhere else uses A4 (ISO 216). The report's
 * margins fit both, so a wrong guess costs nothing but white space.
 */
const LETTER_COUNTRIES = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR']);

export function paperSizeFor(countryCode: string): PaperSize {
  return LETTER_COUNTRIES.has(countryCode.toUpperCase()) ? 'Letter' : 'A4';
}

/** A data: URL keeps the page off the disk; Chromium accepts URLs up to 2 MB, far above a report. */
export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

export async function printHtmlToPdf(
  html: string,
  createWindow: CreatePdfWindow,
  pageSize: PaperSize,
): Promise<Buffer> {
  const window = createWindow(PDF_WINDOW_OPTIONS);
  try {
    await window.loadURL(htmlDataUrl(html));
    return await window.webContents.printToPDF({ pageSize, printBackground: true });
  } finally {
    window.destroy();
  }
}

export interface PdfPrinter {
  createWindow: CreatePdfWindow;
  pageSize: PaperSize;
}

/** The file's content in `format`: text for HTML, text and JSON, bytes for PDF. */
export async function renderReport(
  format: ReportFormat,
  input: ReportInput,
  printer: PdfPrinter,
): Promise<string | Buffer> {
  switch (format) {
    case 'html':
      return htmlReport(input);
    case 'text':
      return textReport(input);
    case 'json':
      return jsonReport(input);
    case 'pdf':
      return printHtmlToPdf(htmlReport(input), printer.createWindow, printer.pageSize);
  }
}
