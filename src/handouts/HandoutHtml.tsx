// The HTML version of each handout: the same content as the PDF from the same HandoutInput, for
// screen readers (react-pdf cannot write tagged PDF) and for printing from the browser.
import { deckSlideRange } from '../content/plan';
import { checkedDate, shownContact, verifiedHelp } from '../content/help';
import { hasSchoolContacts, schoolContactLines } from '../content/school';
import { planHelpCard } from './help-card-resources';
import {
  guardianNoticeParagraphs,
  handoutSteps,
  letterDate,
  quotedTitle as quoteTitle,
  WRITE_HERE,
  type HandoutInput,
  type Readers,
} from './handout-input';
import { translate, type MessageKey } from '../i18n/messages';

const Html = ({ html, as: Tag = 'span' }: { html: string; as?: 'span' | 'p' | 'li' | 'td' | 'dt' | 'dd' | 'div' }) => (
  <Tag dangerouslySetInnerHTML={{ __html: html }} />
);

export function HandoutHtml({ input, headingId }: { input: HandoutInput; headingId: string }) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(input.locale, key, values);
  const cardPlan = planHelpCard(input, input.school.schoolName || t('shared.schoolContacts'));
  const { lesson, locale } = input;
  const steps = handoutSteps(input);
  const quotedTitle = quoteTitle(input);
  const body = {
    student: (
      <>
        <h3>{t('handout.keyPoints')}</h3>
        <ul>
          {lesson.handout.student.map((point, i) => (
            <Html key={i} as="li" html={point[locale].html} />
          ))}
        </ul>
        <StepsHtml title={t('handout.ifItHappens')} steps={steps} />
        <HelpHtml input={input} readers="students" />
      </>
    ),
    guardian: (
      <>
        <p className="letter-date">{letterDate(input)}</p>
        <p>{t('handout.guardianGreeting')}</p>
        <p className="letter-sender">
          {input.school.schoolName || WRITE_HERE}
          <br />
          {t('handout.letterTeacher', { name: WRITE_HERE })}
        </p>
        <p className="letter-title">
          <strong>{t('handout.letterTitle', { title: quotedTitle })}</strong>
        </p>
        <p>
          {t('handout.guardianOpening')}
          {locale === 'ja' ? '' : ' '}
          {t('handout.guardianIntro', { title: quotedTitle })}
        </p>
        <h3>{t(lesson.handout.learned ? 'handout.whatWeLearned' : 'handout.lessonContent')}</h3>
        <Html as="p" html={(lesson.handout.learned ?? lesson.summary)[locale].html} />
        <h3>{t('handout.whyItMatters')}</h3>
        <ul>
          {lesson.handout.guardian.map((point, i) => (
            <Html key={i} as="li" html={point[locale].html} />
          ))}
        </ul>
        <StepsHtml title={t('handout.stepsTaught')} steps={steps} />
        <HelpHtml input={input} readers="families" />
        <p className="sign-off">{t('handout.letterEnd')}</p>
      </>
    ),
    teacher: (
      <>
        <h3>{t('shared.contentNote')}</h3>
        <Html as="p" html={lesson.contentNote[locale].html} />
        <h3>{t('shared.objectives')}</h3>
        <ul>
          {lesson.objectives.map((objective, i) => (
            <Html key={i} as="li" html={objective[locale].html} />
          ))}
        </ul>
        <h3>{t('shared.inochiEducation')}</h3>
        <Html as="p" html={lesson.inochiEducation[locale].html} />
        <h3>{t('shared.plan', { n: input.lesson.minutes })}</h3>
        <table className="plan">
          <thead>
            <tr>
              <th scope="col">{t('shared.planMinutes')}</th>
              <th scope="col">{t('shared.planActivity')}</th>
              <th scope="col">{t('shared.planSlides')}</th>
            </tr>
          </thead>
          <tbody>
            {lesson.plan.map((step, i) => (
              <tr key={i}>
                <td>{t('shared.minutes', { n: step.minutes })}</td>
                <Html as="td" html={step.activity[locale].html} />
                <td>{step.slides ? deckSlideRange(step.slides) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('shared.preparation')}</h3>
        <ul>
          {lesson.preparation.map((item, i) => (
            <Html key={i} as="li" html={item[locale].html} />
          ))}
        </ul>
        <h3>
          {t('handout.guardianNoticeTemplate')}: {input.guardianNotice.title[locale].text}
        </h3>
        {guardianNoticeParagraphs(input).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
        <h3>{input.safeguarding.disclosure.title[locale].text}</h3>
        <Html as="p" html={input.safeguarding.disclosure.intro[locale].html} />
        <ol>
          {input.safeguarding.disclosure.steps.map((step, i) => (
            <Html key={i} as="li" html={step[locale].html} />
          ))}
        </ol>
        <h3>{t('handout.speakerNotes')}</h3>
        <ol className="speaker-notes" start={2}>
          {input.slides.map((slide, i) => (
            <li key={i}>
              <strong>{slide.title}</strong>
              <Html as="div" html={slide.notesHtml} />
            </li>
          ))}
        </ol>
        <h3>{t('shared.discussion')}</h3>
        <ul>
          {lesson.discussion.map((prompt, i) => (
            <Html key={i} as="li" html={prompt[locale].html} />
          ))}
        </ul>
        {lesson.likelyQuestions.length > 0 && (
          <>
            <h3>{t('shared.likelyQuestions')}</h3>
            <dl>
              {lesson.likelyQuestions.map((item, i) => (
                <div key={i}>
                  <Html as="dt" html={item.question[locale].html} />
                  <Html as="dd" html={item.answer[locale].html} />
                </div>
              ))}
            </dl>
          </>
        )}
        <HelpHtml input={input} readers="teachers" />
      </>
    ),
    helpcard: (
      <div className="help-card">
        <p>
          <strong>{t('handout.cardTitle')}</strong> {t('handout.notYourFault')}
        </p>
        <ul>
          {cardPlan.school && (
            <li>
              <strong>{cardPlan.school.title}</strong> {cardPlan.school.lines.join(' · ')}
            </li>
          )}
          {cardPlan.resources.map((resource) => (
            <li key={resource.id}>
              <strong>{resource.name[locale].text}</strong> {shownContact(resource, locale)}
            </li>
          ))}
        </ul>
      </div>
    ),
  }[input.kind];
  return (
    <div className="handout-html" lang={locale} aria-labelledby={headingId}>
      {body}
      <p className="hint">{t('handout.asOf', { date: input.factsChecked })}</p>
    </div>
  );
}

function HelpHtml({ input, readers }: { input: HandoutInput; readers: Readers }) {
  const t = (key: MessageKey, values?: Record<string, string | number>) => translate(input.locale, key, values);
  const { locale, school } = input;
  // As in the PDF: students and families get verified help only, without the teacher's caveats.
  const forTeachers = readers === 'teachers';
  const resources = forTeachers ? input.help : verifiedHelp(input.help);
  return (
    <>
      <h3>{t('shared.helpTitle')}</h3>
      <ul className="handout-help">
        {hasSchoolContacts(school) && (
          <li>
            <strong>{school.schoolName || t('shared.schoolContacts')}</strong> {schoolContactLines(school).join(' · ')}
          </li>
        )}
        {resources.map((resource) => (
          <li key={resource.id}>
            <strong>
              <Html html={resource.name[locale].html} />
            </strong>{' '}
            {shownContact(resource, locale)}
            {resource.status !== 'verified' && <span className="badge">{t('shared.checkBeforeUse')}</span>}
            {forTeachers && checkedDate(resource) && (
              <span className="checked"> ({t('handout.checkedOn', { date: checkedDate(resource)! })})</span>
            )}
            {' — '}
            {resource.serves[locale].text}
            {resource.hours ? ` · ${resource.hours[locale].text}` : ''}
            {resource.url && resource.status === 'verified' && (
              <>
                {' '}
                ·{' '}
                <a href={resource.url} rel="noreferrer noopener">
                  {resource.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      {forTeachers && <p className="hint">{t('handout.checkNumbers')}</p>}
    </>
  );
}

/** The safety steps from the lesson's advice facts, when it names any. */
function StepsHtml({ title, steps }: { title: string; steps: string[] }) {
  if (steps.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ul>
    </>
  );
}
