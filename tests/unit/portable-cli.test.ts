// `npm run portable` refuses bad arguments with a message that says what to write instead, exits
// non-zero, and builds nothing.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { zipFolder } from '../../src/build/portable/build-portable';
import { CommandLineError } from '../../src/build/command-line';
import { parsePortableCommand } from '../../src/build/portable/command-line';
import { charactersOf, withoutKitFontFaces } from '../../src/build/portable/fonts';
import { inlinePage, inlineScriptText, scriptHash } from '../../src/build/portable/inline-page';
import { PROJECT_ROOT } from '../../src/content/node/paths';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'mamoru-portable-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function portable(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'scripts/portable.ts'), ...args],
      { cwd: PROJECT_ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

function refusal(argv: string[]): string {
  try {
    parsePortableCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CommandLineError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('npm run portable: the command line', () => {
  it('reads a folder request, a zipped one and a single-file one', () => {
    expect(parsePortableCommand(['--out', 'usb'])).toEqual({
      out: 'usb',
      lesson: undefined,
      single: false,
      zip: false,
      locales: ['ja', 'en'],
    });
    expect(parsePortableCommand(['--out', 'usb', '--zip', '--lang', 'en'])).toMatchObject({
      zip: true,
      locales: ['en'],
    });
    expect(parsePortableCommand(['--out', 'mail', '--lesson', 'x', '--single', '--lang', 'ja'])).toMatchObject({
      lesson: 'x',
      single: true,
      locales: ['ja'],
    });
    expect(parsePortableCommand(['--help'])).toBe('help');
  });

  it('refuses a missing --out', () => {
    expect(refusal([])).toMatch(/^--out DIR is required\nusage: npm run portable/);
    expect(refusal(['--single', '--lesson', 'x'])).toMatch(/^--out DIR is required/);
    expect(refusal(['--out'])).toMatch(/--out/);
  });

  it('refuses --single without --lesson, and --lesson without --single', () => {
    expect(refusal(['--out', 'd', '--single'])).toMatch(/^--single needs --lesson ID/);
    expect(refusal(['--out', 'd', '--lesson', 'x'])).toMatch(/^--lesson ID goes with --single/);
  });

  it('refuses a language other than ja or en, and --zip with --single', () => {
    expect(refusal(['--out', 'd', '--lang', 'fr'])).toBe('--lang must be ja or en, not "fr"');
    expect(refusal(['--out', 'd', '--lesson', 'x', '--single', '--zip'])).toMatch(/^--zip is for the folder/);
  });

  it('refuses unknown options and stray words', () => {
    expect(refusal(['--out', 'd', '--singel'])).toMatch(/Unknown option '--singel'/);
    expect(refusal(['--out', 'd', 'extra'])).toMatch(/extra/);
  });

  it('says so for an unknown lesson, exits 1 and writes nothing', async () => {
    const out = path.join(work, 'unknown');
    const result = await portable('--out', out, '--lesson', 'no-such-lesson', '--single');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^portable: no lesson "no-such-lesson"; the lessons are: .*sextortion-pattern/);
    expect(existsSync(out)).toBe(false);
  });

  it('says so when --out is a file, and for a bad language, from the real command', async () => {
    const file = path.join(work, 'a-file');
    writeFileSync(file, 'x');
    const asFile = await portable('--out', file);
    expect(asFile.code).toBe(1);
    expect(asFile.stderr).toContain(`portable: --out ${file}: is a file, not a folder`);
    const badLang = await portable('--out', path.join(work, 'lang'), '--lang', 'de');
    expect(badLang.code).toBe(1);
    expect(badLang.stderr).toContain('portable: --lang must be ja or en, not "de"');
    expect(existsSync(path.join(work, 'lang'))).toBe(false);
  });
});

describe('making a page run from disk', () => {
  it('inlines the script with its hash in the policy, and the stylesheet, and drops the web-server notice', () => {
    const script = 'console.log("</script><!-- <script>", `$& $\'`)';
    const html = inlinePage({
      html: '<html lang="ja"><head>\n<script type="module" crossorigin src="./assets/a.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/a.css">\n</head><body><div id="root"></div>\n<script src="/file-notice.js"></script>\n</body></html>',
      read: (file) => (file.endsWith('.js') ? script : 'body{color:red}'),
      fallback: '<p>wait</p>',
    });
    const inlined = inlineScriptText(script);
    expect(inlined).toBe('console.log("\\x3C/script>\\x3C!-- \\x3Cscript>", `$& $\'`)');
    expect(html).toContain(`<script type="module">${inlined}</script>`);
    expect(html).toContain(`script-src 'self' ${scriptHash(inlined)};`);
    expect(html).not.toContain("'unsafe-inline' 'sha");
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain('<div id="root"><p>wait</p></div>');
    expect(html).not.toMatch(/file-notice|crossorigin|assets\//);
  });

  it('refuses a page without a module script', () => {
    expect(() => inlinePage({ html: '<head></head><body></body>', read: () => '', fallback: '' })).toThrow(
      /no module script/,
    );
  });

  it('collects the characters of the text, escapes included, and keeps other fonts’ rules', () => {
    const characters = charactersOf(['まもる', '"\\u3042\\u{1F600}"']);
    for (const character of ['ま', 'も', 'る', 'あ', '😀', 'A', '~']) expect(characters).toContain(character);
    expect(
      withoutKitFontFaces(
        '@font-face{font-family:BIZ UDPGothic;src:url(a.woff2)}@font-face{font-family:Other;src:url(b.woff2)}p{x:y}',
      ),
    ).toBe('@font-face{font-family:Other;src:url(b.woff2)}p{x:y}');
  });
});

describe('zipping the folder (--zip)', () => {
  it('writes DIR.zip beside it with every file under the folder’s name, byte for byte', () => {
    const dir = path.join(work, 'usb-kit');
    mkdirSync(path.join(dir, 'handouts'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>まもる</title>');
    writeFileSync(path.join(dir, 'handouts', 'a.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 1, 2, 3]));
    const zip = zipFolder(dir);
    expect(zip.file).toBe(`${dir}.zip`);
    const files = unzipSync(readFileSync(zip.file));
    expect(Object.keys(files).sort()).toEqual(['usb-kit/handouts/a.pdf', 'usb-kit/index.html']);
    expect(new TextDecoder().decode(files['usb-kit/index.html'])).toBe('<!doctype html><title>まもる</title>');
    expect([...files['usb-kit/handouts/a.pdf']]).toEqual([0x25, 0x50, 0x44, 0x46, 1, 2, 3]);
  });
});
