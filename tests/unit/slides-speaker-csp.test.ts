// The speaker view works in the built kit: its one inline script is allowed by hash on the deck
// page, and only there; no page allows inline script in general.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/csp-plugin';
import { speakerViewHtml, speakerViewScriptHashes } from '../../src/build/speaker-view-csp';

describe('the speaker view’s Content Security Policy', () => {
  it('reads the speaker view that reveal.js’s notes plugin writes, with its notes and timer', () => {
    const html = speakerViewHtml();
    expect(html).toContain('speaker-controls-notes');
    expect(html).toContain('speaker-controls-time');
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it('allows exactly that script by its SHA-256 hash', () => {
    const plugin = 'x=1;w.document.write("<p>a<\\/p><script>run()<\\/script>"), y=2;';
    expect(speakerViewHtml(plugin)).toBe('<p>a</p><script>run()</script>');
    expect(speakerViewScriptHashes('<script>run()</script>')).toEqual([
      `'sha256-${createHash('sha256').update('run()').digest('base64')}'`,
    ]);
    expect(speakerViewScriptHashes()).toHaveLength(1);
    expect(speakerViewScriptHashes()[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });

  it('fails the build loudly if reveal.js changes how it writes the speaker view', () => {
    expect(() => speakerViewHtml('no template here')).toThrow(/speaker view template was not found/);
    expect(() => speakerViewScriptHashes('<p>no script</p>')).toThrow(/no inline script/);
  });

  it('leaves the shared policy without inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});
