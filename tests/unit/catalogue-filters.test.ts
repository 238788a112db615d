// The catalogue's filters: a school year or an age shows every lesson suitable from it.
import { describe, expect, it } from 'vitest';
import { filterChoices, filterFromParams, GRADES, lessonMatches, paramsWithFilter } from '../../src/catalogue/filters';
import { gradeNames } from '../../src/i18n/messages';
import type { Topic } from '../../src/content/types';

const lesson = (ageMin: number, topics: Topic[] = ['sextortion']) => ({ ageMin, topics });
const lessons = [lesson(12), lesson(12, ['grooming']), lesson(15, ['trafficking']), lesson(16, ['law'])];
const shown = (query: string) =>
  lessons.filter((candidate) => lessonMatches(candidate, filterFromParams(new URLSearchParams(query))));

describe('catalogue filters', () => {
  it('a grade shows every lesson the class is old enough for, not one exact band', () => {
    expect(shown('grade=j1')).toEqual([lessons[0], lessons[1]]);
    expect(shown('grade=j3')).toEqual([lessons[0], lessons[1]]);
    expect(shown('grade=h1')).toEqual(lessons.slice(0, 3));
    expect(shown('grade=h3')).toEqual(lessons);
    expect(shown('grade=e6')).toEqual([]);
  });

  it('an age is "suitable from": 15 shows the 12+ lessons too', () => {
    expect(shown('age=11')).toEqual([]);
    expect(shown('age=12')).toEqual(lessons.slice(0, 2));
    expect(shown('age=15')).toEqual(lessons.slice(0, 3));
    expect(shown('age=18')).toEqual(lessons);
  });

  it('combines grade, age and topic', () => {
    expect(shown('grade=h2&topic=law')).toEqual([lessons[3]]);
    expect(shown('grade=h1&topic=law')).toEqual([]);
    expect(shown('grade=h3&age=12')).toEqual(lessons.slice(0, 2));
    expect(shown('')).toEqual(lessons);
  });

  it('ignores values it does not know, so a damaged address shows every lesson instead of none', () => {
    for (const query of [
      'grade=j9',
      'grade=J1x',
      'age=abc',
      'age=-3',
      'age=12.5',
      'age=99',
      'age=',
      'topic=toString',
      'topic=__proto__',
    ])
      expect(filterFromParams(new URLSearchParams(query)), query).toEqual({});
  });

  it('writes the filter into the query beside lang= and drops what is cleared', () => {
    const params = new URLSearchParams('lang=ja&grade=j1&topic=law');
    expect(paramsWithFilter(params, { grade: 'h2', age: 16 }).toString()).toBe('lang=ja&grade=h2&age=16');
    expect(paramsWithFilter(params, {}).toString()).toBe('lang=ja');
    expect(filterFromParams(paramsWithFilter(new URLSearchParams(), { grade: 'j2', topic: 'law', age: 13 }))).toEqual({
      grade: 'j2',
      topic: 'law',
      age: 13,
    });
  });

  it('offers grades from the youngest lesson up to 高3, and 小5/6 only when a lesson goes that low', () => {
    expect(filterChoices(lessons)).toEqual({
      grades: ['j1', 'j2', 'j3', 'h1', 'h2', 'h3'],
      ages: [12, 13, 14, 15, 16, 17, 18],
    });
    expect(filterChoices([lesson(10), ...lessons]).grades[0]).toBe('e5');
    expect(filterChoices([lesson(11), ...lessons]).grades[0]).toBe('e6');
    // A grade or age from the address stays selectable even below every lesson.
    expect(filterChoices(lessons, { grade: 'e5', age: 10 }).grades[0]).toBe('e5');
    expect(filterChoices(lessons, { grade: 'e5', age: 10 }).ages[0]).toBe(10);
  });

  it('names every grade in both languages', () => {
    for (const grade of GRADES) {
      expect(gradeNames[grade.id].ja).toMatch(/^(小学|中学|高校)[1-6]年$/);
      expect(gradeNames[grade.id].en).toContain(`age ${grade.age}`);
    }
  });
});
