import type { HelpResource } from '../content/types';
import { useLocale } from './locale';
import { checkedDate, phoneParts, shownContact, telHref, verifiedHelp } from '../content/help';
import { hasSchoolContacts, schoolContactLines } from '../content/school';
import { loadSchoolSettings } from './school-settings';
import { LessonText } from './LessonText';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';

const translate = translator({ shared });

/**
 * Help resources for a lesson, with the school's own contacts first when they are set; phone
 * numbers are tel: links. For students (the quiz summary) only verified help, without the
 * teacher's "check before use" notes: a frightened student must not read "check this number".
 */
export function HelpList({
  resources: listed,
  headingLevel = 2,
  forStudents = false,
}: {
  resources: HelpResource[];
  headingLevel?: 2 | 3;
  forStudents?: boolean;
}) {
  const { locale, t } = useLocale(translate);
  const resources = forStudents ? verifiedHelp(listed) : listed;
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
              <li key={line}>
                <WithPhoneLinks text={line} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="help-list">
        {resources.map((resource) => (
          <li key={resource.id} className={resource.status === 'verified' ? undefined : 'unverified'}>
            <strong>
              {!shownContact(resource, locale) && resource.contact && telHref(resource.contact) ? (
                <a href={telHref(resource.contact)}>
                  <LessonText text={resource.name} />
                </a>
              ) : (
                <LessonText text={resource.name} />
              )}
            </strong>
            {shownContact(resource, locale) && (
              <span className="contact">
                <WithPhoneLinks text={shownContact(resource, locale)!} />
              </span>
            )}
            {resource.status !== 'verified' && <span className="badge">{t('shared.checkBeforeUse')}</span>}
            {checkedDate(resource) && (
              <span className="checked">{t('shared.helpCheckedOn', { date: checkedDate(resource)! })}</span>
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
      {!forStudents && <p className="hint">{t('shared.helpCheck')}</p>}
    </section>
  );
}

/** Text with each phone number in it as a tel: link (a number in a resource's name stays as it is). */
function WithPhoneLinks({ text }: { text: string }) {
  const whole = telHref(text);
  if (whole) return <a href={whole}>{text}</a>;
  return (
    <>
      {phoneParts(text).map((part, index) =>
        part.tel ? (
          <a key={index} href={part.tel}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
