// The PDF path: the HTML report printed in a hidden window that runs nothing, then the same
// HTML printed by a real headless Chromium (page.pdf), saved under test-output/ for review.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { chromium } from 'playwright-core';
import { htmlReport } from '../../../common/reports/html';
import {
  htmlDataUrl,
  paperSizeFor,
  PDF_WINDOW_OPTIONS,
  printHtmlToPdf,
  renderReport,
  type CreatePdfWindow,
  type PaperSize,
} from '../../../main/app/report-export';
import { buildResult, loaded } from '../helpdesk/result-builder';
import { CHROMIUM_ARGS, chromiumPath } from '../../support/chromium';
import { needs } from '../../support/tools';

vi.mock('electron', () => ({}));

const OUTPUT = join(process.cwd(), 'test-output');

/** A not-ready result with problems, a change request and the computer's details. */
const result = buildResult({
  answers: {
    '2-1.2': { outcome: 'tls-intercepted', detail: { message: 'inspected by Zscaler' } },
    '2-2.2': { outcome: 'timeout' },
    '2-2.3': { outcome: 'timeout' },
  },
  host: {
    os: 'Windows 11 Pro 10.0.22631 (win32, x64)',
    hostname: 'desk-042',
    user: 'alice',
    interfaces: [{ name: 'Wi-Fi', type: 'wireless', ipv4: '192.168.1.23', default: true }],
    defaultGateway: '192.168.1.1',
    dnsServers: ['192.168.1.1'],
  },
});
const input = { result, profile: loaded.profile, includeComputerDetails: true };

/** Pages of a PDF: its page objects (/Type /Page, not the /Pages tree). */
const pageCount = (pdf: Buffer) =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('report export', () => {
  it('prints on Letter where offices use it, A4 everywhere else', () => {
    expect(paperSizeFor('US')).toBe('Letter');
    expect(paperSizeFor('ca')).toBe('Letter');
    expect(paperSizeFor('DE')).toBe('A4');
    expect(paperSizeFor('')).toBe('A4');
  });

  it('PDF: loads the HTML report as a data: URL, prints it, and closes the window', async () => {
    const seen: { options?: unknown; url?: string; printed?: unknown; destroyed: boolean } = {
      destroyed: false,
    };
    const createWindow: CreatePdfWindow = (options) => {
      seen.options = options;
      return {
        loadURL: async (url) => void (seen.url = url),
        webContents: {
          printToPDF: async (settings) => {
            seen.printed = settings;
            return Buffer.from('%PDF-1.7');
          },
        },
        destroy: () => void (seen.destroyed = true),
      };
    };
    const pdf = await renderReport('pdf', input, { createWindow, pageSize: 'Letter' });
    expect(pdf).toEqual(Buffer.from('%PDF-1.7'));
    expect(seen.options).toBe(PDF_WINDOW_OPTIONS);
    expect(seen.url).toBe(htmlDataUrl(htmlReport(input)));
    expect(seen.printed).toEqual({ pageSize: 'Letter', printBackground: true });
    expect(seen.destroyed).toBe(true);
  });

  it('PDF: the window is closed even when loading fails', async () => {
    let destroyed = false;
    const createWindow: CreatePdfWindow = () => ({
      loadURL: async () => {
        throw new Error('ERR_ABORTED');
      },
      webContents: { printToPDF: async () => Buffer.alloc(0) },
      destroy: () => void (destroyed = true),
    });
    await expect(printHtmlToPdf('<p>x</p>', createWindow, 'A4')).rejects.toThrow('ERR_ABORTED');
    expect(destroyed).toBe(true);
  });

  it('HTML, text and JSON are the common/reports renderings', async () => {
    const printer = {
      createWindow: (() => {
        throw new Error('no window for text formats');
      }) as CreatePdfWindow,
      pageSize: 'A4' as const,
    };
    const html = (await renderReport('html', input, printer)) as string;
    expect(html).toContain('SSL inspection on this network breaks Onsight');
    expect(html).not.toMatch(/<script/i);
    const text = (await renderReport('text', input, printer)) as string;
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    const json = JSON.parse((await renderReport('json', input, printer)) as string);
    expect(json.helpdeskCode).toMatch(/^[0-9A-Z]{4}-/);
  });
});

describe('report export: the same HTML printed by headless Chromium', needs('chromium'), () => {
  it.each<PaperSize>(['A4', 'Letter'])(
    'prints a PDF with at least one page on %s, saved under test-output/',
    async (paper) => {
      const userDataDir = await mkdtemp(join(tmpdir(), 'netcheck-pdf-'));
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: chromiumPath(),
        headless: true,
        args: CHROMIUM_ARGS,
        // As the app's print window: no JavaScript, and nothing may leave the machine.
        javaScriptEnabled: false,
        offline: true,
      });
      try {
        const requested: string[] = [];
        context.on('request', (request) => requested.push(request.url()));
        const page = await context.newPage();
        const html = htmlReport(input);
        await page.goto(htmlDataUrl(html));
        const pdf = await page.pdf({ format: paper, printBackground: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
        // Width of the first page in points: A4 is 595.28 (Chromium rounds to whole pixels), Letter 612.
        const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)/.exec(pdf.toString('latin1'));
        expect(Math.abs(Number(box?.[1]) - (paper === 'A4' ? 595.28 : 612))).toBeLessThan(1);
        expect(requested.filter((url) => !url.startsWith('data:'))).toEqual([]);
        await mkdir(OUTPUT, { recursive: true });
        await writeFile(join(OUTPUT, `report-${paper.toLowerCase()}.pdf`), pdf);
        // The report as a person sees it on screen, saved for review.
        await page.setViewportSize({ width: 900, height: 1200 });
        await page.screenshot({
          path: join(OUTPUT, `report-${paper.toLowerCase()}.png`),
          fullPage: true,
        });
        expect(await page.textContent('h1')).toBeTruthy();
      } finally {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  );
});
