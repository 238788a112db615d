import type { HelpResource } from '../content/types';
import { useLocale } from '../i18n/locale';
import { hasSchoolContacts, loadSchoolSettings } from '../settings/school-settings';
import { Rich } from './Rich';

/** Help resources for a lesson, with the school's own contacts first when they are set. */
export function HelpList({ resources, headingLevel = 2 }: { resources: HelpResource[]; headingLevel?: 2 | 3 }) {
  const { locale, t } = useLocale();
  const school = loadSchoolSettings();
  const Heading = `h${headingLevel}` as const;
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section className="help" aria-labelledby="help-title">
      <Heading id="help-title">{t('helpTitle')}</Heading>
      {hasSchoolContacts(school) && (
        <div className="school-contacts">
          <SubHeading>{school.schoolName || t('schoolContacts')}</SubHeading>
          <ul>
            {school.counsellor && <li>{school.counsellor}</li>}
            {school.localHelp.map((line) => <li key={line}>{line}</li>)}
          </ul>
        </div>
      )}
      <ul className="help-list">
        {resources.map((resource) => (
          <li key={resource.id} className={resource.status === 'verified' ? undefined : 'unverified'}>
            <strong><Rich text={resource.name} /></strong>
            {resource.contact && !resource.name[locale].text.includes(resource.contact) && <span className="contact">{resource.contact}</span>}
            {resource.status !== 'verified' && <span className="badge">{t('helpUnverified')}</span>}
            <span className="serves"><Rich text={resource.serves} /></span>
            {resource.hours && <span className="hours"><Rich text={resource.hours} /></span>}
          </li>
        ))}
      </ul>
      <p className="hint">{t('helpCheck', { date: resources[0]?.lastVerified ?? '' })}</p>
    </section>
  );
}
