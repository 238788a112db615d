// No other site may frame the kit: every server the kit runs sends FRAME_HEADERS, and the README's
// examples for other servers carry exactly those headers, so a school copying one is protected.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { FRAME_HEADERS } from '../../src/build/csp-plugin';
import { PROJECT_ROOT } from '../../src/content/node/paths';
import { startTestServer } from '../support/classroom';

const README = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

/** The fenced code blocks of the README's "Hosting" section, by their language tag. */
function hostingExamples(): Map<string, string> {
  const section = README.split(/^## Hosting$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error('README.md has no "## Hosting" section');
  return new Map([...section.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)].map((match) => [match[1], match[2]]));
}

/** Header name → value, read from each server's own syntax. */
const READERS: Record<string, RegExp> = {
  nginx: /^add_header ([\w-]+) "([^"]*)" always;$/,
  apache: /^Header always set ([\w-]+) "([^"]*)"$/,
  _headers: /^ {2}([\w-]+): (.*)$/,
  '': /^([\w-]+): (.*)$/,
};

function headersIn(language: string, text: string): Record<string, string> {
  const pattern = READERS[language];
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    if (language === '_headers' && line === '/*') continue;
    const match = pattern.exec(line);
    if (!match) throw new Error(`README ${language || 'plain'} example: a line that sets no header: ${line}`);
    headers[match[1]] = match[2];
  }
  return headers;
}

describe('the frame headers', () => {
  it('are shown in the README for a plain header list, nginx, Apache and a _headers file, exactly as the kit sends them', () => {
    const examples = hostingExamples();
    expect([...examples.keys()].sort()).toEqual(['', '_headers', 'apache', 'nginx']);
    for (const [language, text] of examples) {
      expect(headersIn(language, text), `the ${language || 'plain'} example`).toEqual(FRAME_HEADERS);
    }
    // A _headers file applies its headers to every page only under a path pattern.
    expect(examples.get('_headers')!.split('\n')[0]).toBe('/*');
  });

  it('are sent by npm start and npm run preview (the Vite config)', async () => {
    const serve = await resolveConfig({ root: PROJECT_ROOT, logLevel: 'silent' }, 'serve');
    expect(serve.server.headers).toEqual(FRAME_HEADERS);
    expect(serve.preview.headers).toEqual(FRAME_HEADERS);
  });

  describe('the classroom server (npm run classroom)', () => {
    let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
    afterAll(async () => {
      await server?.close();
    });

    it('sends them with its pages and with every other file', async () => {
      server = await startTestServer();
      for (const address of ['', 'index.html', 'present.html', 'assets/missing.js']) {
        const response = await fetch(new URL(address, server.url));
        await response.arrayBuffer();
        for (const [name, value] of Object.entries(FRAME_HEADERS)) {
          expect(response.headers.get(name), `${name} on /${address}`).toBe(value);
        }
      }
    });
  });
});
