// The help section every handout ends with, and what decides it: the school first, then verified
// help as fact. Teachers also get the rest, each with "check before use", and how the entries were
// checked. Students and families get only verified help and none of those caveats (a frightened
// student must not read "check this number before you use it"; the school checks before it prints).
import { checkedDate, shownContact, unverifiedHelp, verifiedHelp } from '../../content/help';
import { hasSchoolContacts, schoolContactLines, type SchoolSettings } from '../../content/school';
import type { HelpResource, Locale } from '../../content/types';
import type { HandoutInput, Readers } from '../handout-input';
import { bold, runsOf, type HelpBlock, type HelpItem } from './blocks';
import { translator, type T } from './translator';

export function helpBlock(input: HandoutInput, readers: Readers): HelpBlock {
  const t = translator(input.locale);
  const teachers = readers === 'teachers';
  const item = (resource: HelpResource) => helpItem(resource, input.locale, t, teachers);
  const others = teachers ? unverifiedHelp(input.help) : [];
  return {
    type: 'help',
    readers,
    heading: t('shared.helpTitle'),
    school: schoolContacts(input.school, t),
    entries: verifiedHelp(input.help).map(item),
    unverified: others.length > 0 ? { heading: t('shared.checkBeforeUse'), entries: others.map(item) } : undefined,
    note: teachers ? t('handout.checkNumbers') : undefined,
  };
}

/** The school's own contacts, when set: its name (or "your school's contacts") and its lines. */
export function schoolContacts(school: SchoolSettings, t: T): HelpBlock['school'] {
  if (!hasSchoolContacts(school)) return undefined;
  return { title: school.schoolName || t('shared.schoolContacts'), lines: schoolContactLines(school) };
}

function helpItem(resource: HelpResource, locale: Locale, t: T, teachers: boolean): HelpItem {
  const verified = resource.status === 'verified';
  const checked = checkedDate(resource);
  return {
    id: resource.id,
    name: bold(runsOf(resource.name[locale])),
    contact: shownContact(resource, locale),
    details: [resource.serves[locale].text, resource.hours?.[locale].text, resource.cost?.[locale].text]
      .filter(Boolean)
      .join(' · '),
    caution: verified ? undefined : `${t('shared.checkBeforeUse')}: ${resource.verify?.[locale].text ?? ''}`,
    // No "checked on" dates for students: the footer's "information as of" is the date they need.
    checked: teachers && checked ? t('handout.checkedOn', { date: checked }) : undefined,
    qr: verified && resource.url ? { url: resource.url, label: `QR: ${qrTarget(resource.url)}` } : undefined,
  };
}

/** Where a QR code leads, as a reader would type it: the address without https:// or a trailing slash. */
export function qrTarget(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
