// IMS Common Cartridge 1.1 (.imscc, a zip) holding the lesson's quiz as one QTI 1.2.1 assessment in
// the CC profile, plus a web page with the help resources. Canvas, Moodle and Blackboard import it.
// The CC profile has multiple choice, multiple response and true/false, but no ordering or
// matching: an ordering question becomes "which is the right order?" (orderingAsChoices).
import { strToU8, zipSync } from 'fflate';
import { orderingAsChoices, type ExportLesson, type ExportQuestion } from './export-lesson';
import { generalFeedback } from './quiz-text';
import { escapeXml, paragraphsHtml } from './xml-text';

const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const QTI_XSD = 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd';
const LOM_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
const LOM_XSD = 'http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd';

const ASSESSMENT_TYPE = 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment';

/** An XML id (NCName) from lesson and question ids, which are already lower-case words and digits. */
function ident(...parts: string[]): string {
  return `i_${parts.join('_').replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

function mattext(text: string): string {
  return `<material><mattext texttype="text/html">${escapeXml(paragraphsHtml(text))}</mattext></material>`;
}

function field(label: string, entry: string): string {
  return `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;
}

function itemXml(source: ExportQuestion, lesson: ExportLesson, number: number): string {
  const question = source.type === 'ordering' ? orderingAsChoices(source) : source;
  const id = ident(lesson.id, question.id);
  const multiple = question.type === 'multiple';
  const profile =
    question.type === 'truefalse'
      ? 'cc.true_false.v0p1'
      : multiple
        ? 'cc.multiple_response.v0p1'
        : 'cc.multiple_choice.v0p1';
  const labels = question.choices.map((_, index) => `${id}_c${index + 1}`);
  const stem = question.story ? `${question.story}\n${question.prompt}` : question.prompt;
  const choices = question.choices
    .map((choice, index) => `<response_label ident="${labels[index]}">${mattext(choice.text)}</response_label>`)
    .join('');
  const right = labels.filter((_, index) => question.choices[index].correct);
  const wrong = labels.filter((_, index) => !question.choices[index].correct);
  const condition = multiple
    ? `<and>${right.map((label) => `<varequal respident="response1">${label}</varequal>`).join('')}${wrong.map((label) => `<not><varequal respident="response1">${label}</varequal></not>`).join('')}</and>`
    : `<varequal respident="response1">${right[0]}</varequal>`;
  const perChoice = question.choices
    .map((choice, index) =>
      choice.feedback
        ? `<respcondition continue="Yes"><conditionvar><varequal respident="response1">${labels[index]}</varequal></conditionvar><displayfeedback feedbacktype="Response" linkrefid="${labels[index]}_fb"/></respcondition>`
        : '',
    )
    .join('');
  const choiceFeedback = question.choices
    .map((choice, index) =>
      choice.feedback
        ? `<itemfeedback ident="${labels[index]}_fb"><flow_mat>${mattext(choice.feedback)}</flow_mat></itemfeedback>`
        : '',
    )
    .join('');
  return (
    `<item ident="${id}" title="${escapeXml(`${lesson.words.question} ${number}`)}">` +
    `<itemmetadata><qtimetadata>${field('cc_profile', profile)}${field('cc_weighting', '1')}</qtimetadata></itemmetadata>` +
    `<presentation>${mattext(stem)}<response_lid ident="response1" rcardinality="${multiple ? 'Multiple' : 'Single'}"><render_choice>${choices}</render_choice></response_lid></presentation>` +
    `<resprocessing><outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>` +
    `<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>` +
    perChoice +
    `<respcondition continue="No"><conditionvar>${condition}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition>` +
    `</resprocessing>` +
    `<itemfeedback ident="general_fb"><flow_mat>${mattext(generalFeedback(question, lesson))}</flow_mat></itemfeedback>` +
    choiceFeedback +
    `</item>`
  );
}

/** The QTI 1.2.1 assessment (CC profile) for the lesson's quiz. */
export function assessmentXml(lesson: ExportLesson): string {
  const items = lesson.questions.map((question, index) => itemXml(question, lesson, index + 1)).join('\n');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<questestinterop xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}">\n` +
    `<assessment ident="${ident(lesson.id, lesson.locale, 'quiz')}" title="${escapeXml(lesson.title)}">\n` +
    `<qtimetadata>${field('cc_profile', 'cc.exam.v0p1')}${field('qmd_assessmenttype', 'Examination')}${field('qmd_scoretype', 'Percentage')}${field('cc_maxattempts', 'unlimited')}</qtimetadata>\n` +
    `<section ident="${ident(lesson.id, 'section')}">\n${items}\n</section>\n</assessment>\n</questestinterop>\n`
  );
}

/** The help page the cartridge carries: the same help as the closing slide. */
export function helpPageHtml(lesson: ExportLesson): string {
  const entries = lesson.help
    .map(
      (entry) =>
        `<li><strong>${escapeXml(entry.name)}</strong>${entry.contact ? ` ${escapeXml(entry.contact)}` : ''}${entry.details.map((line) => `<br>${escapeXml(line)}`).join('')}</li>`,
    )
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="${lesson.locale}"><head><meta charset="utf-8"><title>${escapeXml(lesson.words.helpTitle)}</title></head>\n<body><h1>${escapeXml(lesson.words.helpTitle)}</h1>\n<ul>\n${entries}\n</ul></body></html>\n`;
}

export function manifestXml(lesson: ExportLesson): string {
  const quiz = ident(lesson.id, lesson.locale, 'assessment');
  const help = ident(lesson.id, lesson.locale, 'help');
  const lang = lesson.locale;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<manifest identifier="${ident(lesson.id, lesson.locale, 'manifest')}" xmlns="${CP_NS}" xmlns:lomimscc="${LOM_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_NS} ${CP_XSD} ${LOM_NS} ${LOM_XSD}">\n` +
    `<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>` +
    `<lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string language="${lang}">${escapeXml(lesson.title)}</lomimscc:string></lomimscc:title>` +
    `<lomimscc:language>${lang}</lomimscc:language>` +
    `<lomimscc:description><lomimscc:string language="${lang}">${escapeXml(lesson.summary)}</lomimscc:string></lomimscc:description></lomimscc:general></lomimscc:lom></metadata>\n` +
    `<organizations><organization identifier="${ident(lesson.id, 'organization')}" structure="rooted-hierarchy"><item identifier="${ident(lesson.id, 'root')}">` +
    `<item identifier="${ident(lesson.id, 'quiz-item')}" identifierref="${quiz}"><title>${escapeXml(lesson.title)}</title></item>` +
    `<item identifier="${ident(lesson.id, 'help-item')}" identifierref="${help}"><title>${escapeXml(lesson.words.helpTitle)}</title></item>` +
    `</item></organization></organizations>\n` +
    `<resources>\n` +
    `<resource identifier="${quiz}" type="${ASSESSMENT_TYPE}"><file href="${quiz}/assessment.xml"/></resource>\n` +
    `<resource identifier="${help}" type="webcontent" href="${help}/help.html"><file href="${help}/help.html"/></resource>\n` +
    `</resources>\n</manifest>\n`
  );
}

/** The whole cartridge, zipped; entries carry a fixed date so the same lesson gives the same bytes. */
export function lessonCartridge(lesson: ExportLesson): Uint8Array {
  const quiz = ident(lesson.id, lesson.locale, 'assessment');
  const help = ident(lesson.id, lesson.locale, 'help');
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(
    {
      'imsmanifest.xml': [strToU8(manifestXml(lesson)), { mtime }],
      [`${quiz}/assessment.xml`]: [strToU8(assessmentXml(lesson)), { mtime }],
      [`${help}/help.html`]: [strToU8(helpPageHtml(lesson)), { mtime }],
    },
    { level: 6 },
  );
}
