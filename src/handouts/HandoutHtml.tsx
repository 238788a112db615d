// The HTML version of each handout: the same content as the PDF from the same HandoutInput, for
// screen readers (react-pdf cannot write tagged PDF) and for printing from the browser.
import { deckSlideRange } from '../content/plan';
import { shownContact } from '../content/help';
import { hasSchoolContacts, schoolContactLines } from '../content/school';
import { cardHelpResources } from './help-card-resources';
import { statedFactIds, type HandoutInput } from './handout-input';
import { translateHandout, type HandoutMessageKey } from './messages';

const Html = ({ html, as: Tag = 'span' }: { html: string; as?: 'span' | 'p' | 'li' | 'td' | 'dt' | 'dd' | 'div' }) => <Tag dangerouslySetInnerHTML={{ __html: html }} />;

export function HandoutHtml({ input, headingId }: { input: HandoutInput; headingId: string }) {
  const t = (key: HandoutMessageKey, values?: Record<string, string | number>) => translateHandout(input.locale, key, values);
  const { lesson, locale } = input;
  const body = {
    student: (
      <>
        <h3>{t('keyPoints')}</h3>
        <ul>{lesson.handout.student.map((point, i) => <Html key={i} as="li" html={point[locale].html} />)}</ul>
        <h3>{t('ifItHappens')}</h3>
        <ol>{(['step1', 'step2', 'step3', 'step4', 'step5'] as const).map((key) => <li key={key}>{t(key)}</li>)}</ol>
        <p><strong>{t('notYourFault')}</strong></p>
        <HelpHtml input={input} />
      </>
    ),
    guardian: (
      <>
        <p>{t('guardianGreeting')}</p>
        <p>{t('guardianIntro', { title: lesson.title[locale].text })}</p>
        <h3>{t('whatWeLearned')}</h3>
        <Html as="p" html={lesson.summary[locale].html} />
        <h3>{t('whyItMatters')}</h3>
        <ul>{lesson.handout.guardian.map((point, i) => <Html key={i} as="li" html={point[locale].html} />)}</ul>
        <h3>{t('ifYourChildTells')}</h3>
        <ol>{(['guardianStep1', 'guardianStep2', 'guardianStep3', 'guardianStep4'] as const).map((key) => <li key={key}>{t(key)}</li>)}</ol>
        <HelpHtml input={input} />
        <p className="sign-off">{input.school.schoolName || t('guardianSignOffDefault')}</p>
      </>
    ),
    teacher: (
      <>
        <h3>{t('contentNote')}</h3>
        <Html as="p" html={lesson.contentNote[locale].html} />
        <h3>{t('objectives')}</h3>
        <ul>{lesson.objectives.map((objective, i) => <Html key={i} as="li" html={objective[locale].html} />)}</ul>
        <h3>{t('plan')}</h3>
        <table className="plan">
          <thead><tr><th scope="col">{t('planMinutes')}</th><th scope="col">{t('planActivity')}</th><th scope="col">{t('planSlides')}</th></tr></thead>
          <tbody>
            {lesson.plan.map((step, i) => (
              <tr key={i}><td>{t('minutes', { n: step.minutes })}</td><Html as="td" html={step.activity[locale].html} /><td>{step.slides ? deckSlideRange(step.slides) : ''}</td></tr>
            ))}
          </tbody>
        </table>
        <h3>{t('preparation')}</h3>
        <ul>{lesson.preparation.map((item, i) => <Html key={i} as="li" html={item[locale].html} />)}</ul>
        <h3>{input.safeguarding.disclosure.title[locale].text}</h3>
        <Html as="p" html={input.safeguarding.disclosure.intro[locale].html} />
        <ol>{input.safeguarding.disclosure.steps.map((step, i) => <Html key={i} as="li" html={step[locale].html} />)}</ol>
        <h3>{t('speakerNotes')}</h3>
        <ol className="speaker-notes" start={2}>
          {input.slides.map((slide, i) => (
            <li key={i}><strong>{slide.title}</strong><Html as="div" html={slide.notesHtml} /></li>
          ))}
        </ol>
        <h3>{t('discussion')}</h3>
        <ul>{lesson.discussion.map((prompt, i) => <Html key={i} as="li" html={prompt[locale].html} />)}</ul>
        {lesson.likelyQuestions.length > 0 && (
          <>
            <h3>{t('likelyQuestions')}</h3>
            <dl>{lesson.likelyQuestions.map((item, i) => <div key={i}><Html as="dt" html={item.question[locale].html} /><Html as="dd" html={item.answer[locale].html} /></div>)}</dl>
          </>
        )}
        <HelpHtml input={input} />
      </>
    ),
    helpcard: (
      <div className="help-card">
        <p><strong>{t('cardTitle')}</strong> {t('notYourFault')}</p>
        <ul>
          {hasSchoolContacts(input.school) && <li><strong>{input.school.schoolName || t('schoolContacts')}</strong> {schoolContactLines(input.school)[0]}</li>}
          {cardHelpResources(input).map((resource) => <li key={resource.id}><strong>{resource.name[locale].text}</strong> {shownContact(resource, locale)}</li>)}
        </ul>
      </div>
    ),
  }[input.kind];
  return (
    <div className="handout-html" lang={locale} aria-labelledby={headingId}>
      {body}
      <p className="hint">{t('asOf', { date: input.factsChecked })} · {t('sourceIds')}: {statedFactIds(input).join(', ')}</p>
    </div>
  );
}

function HelpHtml({ input }: { input: HandoutInput }) {
  const t = (key: HandoutMessageKey, values?: Record<string, string | number>) => translateHandout(input.locale, key, values);
  const { locale, school } = input;
  return (
    <>
      <h3>{t('helpTitle')}</h3>
      <ul className="handout-help">
        {hasSchoolContacts(school) && (
          <li><strong>{school.schoolName || t('schoolContacts')}</strong> {schoolContactLines(school).join(' · ')}</li>
        )}
        {input.help.map((resource) => (
          <li key={resource.id}>
            <strong><Html html={resource.name[locale].html} /></strong> {shownContact(resource, locale)}
            {resource.status !== 'verified' && <span className="badge">{t('checkBeforeUse')}</span>}
            {' — '}{resource.serves[locale].text}{resource.hours ? ` · ${resource.hours[locale].text}` : ''}
            {resource.url && resource.status === 'verified' && <> · <a href={resource.url} rel="noreferrer noopener">{resource.url}</a></>}
          </li>
        ))}
      </ul>
      <p className="hint">{t('checkNumbers', { date: input.factsChecked })}</p>
    </>
  );
}
