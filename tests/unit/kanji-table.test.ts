// The kanji check reads the 2020 学年別漢字配当表: pin its size so that a regenerated or edited
// table cannot quietly drop or move kanji.
import { describe, expect, it } from 'vitest';
import { kanjiTaughtBy, kanjiWithoutRuby, sourceOffsets } from '../../src/content/checks/kanji-ruby';
import { KYOIKU_KANJI_2020 } from '../../src/content/checks/kyoiku-kanji-2020';

describe('the 2020 学年別漢字配当表', () => {
  it('has 80, 160, 200, 202, 193 and 191 kanji in grades 1 to 6, 1,026 in all, each once', () => {
    const counts = Object.values(KYOIKU_KANJI_2020).map((kanji) => [...kanji].length);
    expect(counts).toEqual([80, 160, 200, 202, 193, 191]);
    expect(new Set([...Object.values(KYOIKU_KANJI_2020).join('')]).size).toBe(1026);
  });

  it('has the 2020 moves: the prefecture kanji in grade 4, 城 from grade 6 to 4', () => {
    for (const kanji of '茨媛岡潟岐熊香佐埼崎滋鹿縄井沖栃奈梨阪阜城') expect(KYOIKU_KANJI_2020[4]).toContain(kanji);
    expect(KYOIKU_KANJI_2020[6]).not.toContain('城');
  });
});

describe('kanji without ruby', () => {
  const taught = kanjiTaughtBy(6);

  it('reports only the first use of an untaught kanji, and none once it has ruby', () => {
    expect(kanjiWithoutRuby('証拠を残す。証拠は大切。', taught, new Set())).toEqual([{ index: 1, kanji: '拠' }]);
    expect(kanjiWithoutRuby('{証拠:しょうこ}を残す。証拠は大切。', taught, new Set())).toEqual([]);
    expect(kanjiWithoutRuby('{脅迫:きょう|はく}と脅す', taught, new Set())).toEqual([]);
  });

  it('carries what was rubied across the texts of one question', () => {
    const seen = new Set<string>();
    kanjiWithoutRuby('{歳:さい}', taught, seen);
    expect(kanjiWithoutRuby('16歳', taught, seen)).toEqual([]);
  });

  it('allows fewer grades for a younger age band', () => {
    expect(kanjiWithoutRuby('城', kanjiTaughtBy(4), new Set())).toEqual([]);
    expect(kanjiWithoutRuby('域', kanjiTaughtBy(5), new Set())).toEqual([{ index: 0, kanji: '域' }]);
  });

  it('maps a folded value back to its place in the YAML source', () => {
    const source = 'ja: >-\n  ある日、\n  脅されました\n';
    const value = 'ある日、 脅されました';
    const offsets = sourceOffsets(source, 4, value);
    expect(source[offsets[value.indexOf('脅')]]).toBe('脅');
  });
});
