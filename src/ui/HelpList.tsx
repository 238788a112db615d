import type { HelpResource } from '../content/types';
import { useLocale } from './locale';
import { checkedDate, shownContact } from '../content/help';
import { hasSchoolContacts, schoolContactLines } from '../content/school';
import { loadSchoolSettings } from './school-settings';
import { LessonText } from './LessonText';

/** Help resources for a lesson, with the school's own contacts first when they are set. */
export function HelpList({ resources, headingLevel = 2 }: { resources: HelpResource[]; headingLevel?: 2 | 3 }) {
  const { locale, t } = useLocale();
  const school = loadSchoolSettings();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section className="help" aria-labelledby="help-title">
      <Heading id="help-title">{t('shared.helpTitle')}</Heading>
      {hasSchoolContacts(school) && (
        <div className="school-contacts">
          <SubHeading>{school.schoolName || t('shared.schoolContacts')}</SubHeading>
          <ul>
            {schoolContactLines(school).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <ul className="help-list">
        {resources.map((resource) => (
          <li key={resource.id} className={resource.status === 'verified' ? undefined : 'unverified'}>
            <strong>
              <LessonText text={resource.name} />
            </strong>
            {shownContact(resource, locale) && <span className="contact">{shownContact(resource, locale)}</span>}
            {resource.status !== 'verified' && <span className="badge">{t('shared.checkBeforeUse')}</span>}
            {checkedDate(resource) && (
              <span className="checked">{t('app.helpCheckedOn', { date: checkedDate(resource)! })}</span>
            )}
            <span className="serves">
              <LessonText text={resource.serves} />
            </span>
            {resource.hours && (
              <span className="hours">
                <LessonText text={resource.hours} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="hint">{t('app.helpCheck')}</p>
    </section>
  );
}
