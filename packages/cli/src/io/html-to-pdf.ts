import { existsSync } from 'node:fs';
import { CliUsageError } from '../errors';
import type { Translate } from '../messages';

/** Where Debian and Ubuntu install Chromium; `VNTIP_CHROMIUM` names another binary. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Chromium's flags for printing a self-contained page: headless, no sandbox (containers), no network of its own. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-gpu',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** What `htmlToPdf` needs besides the page. */
export interface HtmlToPdfOptions {
  /** The Chromium binary. @default DEFAULT_CHROMIUM */
  readonly executablePath?: string;
  readonly t: Translate;
}

type PlaywrightCore = typeof import('playwright-core');

async function importPlaywright(t: Translate): Promise<PlaywrightCore> {
  try {
    return await import('playwright-core');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND')
      throw new CliUsageError(t('errPdfNeedsPlaywright'), 'PDF', { cause: error });
    throw error;
  }
}

/**
 * Prints a self-contained HTML page to an A4 PDF through headless Chromium (playwright-core, an optional peer
 * dependency): the page's own `@page` rules give the size, margins, header and footer; every request out of the page
 * is refused. A missing Chromium or playwright-core is a usage error that says how to install it.
 */
export async function htmlToPdf(html: string, options: HtmlToPdfOptions): Promise<Uint8Array> {
  const { t } = options;
  const executablePath = options.executablePath ?? DEFAULT_CHROMIUM;
  if (!existsSync(executablePath))
    throw new CliUsageError(t('errPdfNeedsChromium', { path: executablePath }), 'PDF');
  const { chromium } = await importPlaywright(t);
  let browser: Awaited<ReturnType<PlaywrightCore['chromium']['launch']>>;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (error) {
    throw new CliUsageError(
      t('errPdfChromiumFailed', {
        path: executablePath,
        reason: String((error as Error).message ?? error).split('\n')[0] ?? '',
      }),
      'PDF',
      { cause: error },
    );
  }
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
