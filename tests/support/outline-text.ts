// The texts a handout's outline prints, block by block: the outline tests read them, and the PDF
// tests check that the PDF prints them.
import { textOf, type Block, type Run } from '../../src/handouts/outline/blocks';

/** The texts a block prints, in reading order. */
export function textsOf(block: Block): string[] {
  const runs = (list: Run[][]) => list.map(textOf);
  switch (block.type) {
    case 'title':
      return [block.kicker, block.title];
    case 'heading':
    case 'note':
    case 'subject':
    case 'overleaf':
    case 'closing':
      return [block.text];
    case 'paragraph':
      return [textOf(block.runs)];
    case 'list':
      return [...(block.heading ? [block.heading] : []), ...runs(block.items)];
    case 'box':
      return [block.title, ...block.blocks.flatMap(textsOf)];
    case 'keep':
      return block.blocks.flatMap(textsOf);
    case 'table':
      return [block.heading, ...block.columns.map((column) => column.label), ...block.rows.flatMap(runs)];
    case 'slide':
      return [`${block.number}. ${block.title}`, ...runs(block.paragraphs)];
    case 'questions':
      return [block.heading, ...block.items.flatMap((item) => [textOf(item.question), textOf(item.answer)])];
    case 'help':
      return [
        block.heading,
        ...(block.school ? [block.school.title, ...block.school.lines] : []),
        ...[...block.entries, ...(block.unverified?.entries ?? [])].flatMap((item) =>
          [textOf(item.name), item.contact, item.details, item.caution, item.checked, item.qr?.label].filter(
            (text): text is string => Boolean(text),
          ),
        ),
        ...(block.unverified ? [block.unverified.heading] : []),
        ...(block.note ? [block.note] : []),
      ];
    case 'sources':
      return [
        block.heading,
        block.intro,
        ...block.facts.flatMap((fact) => runs(fact.lines)),
        block.referencesHeading,
        ...block.references,
      ];
    case 'letterHead':
      return [block.date, block.greeting, ...block.sender];
    case 'helpCard':
      return [
        block.title,
        block.intro,
        ...(block.school ? [block.school.title, ...block.school.lines] : []),
        ...block.resources.flatMap((resource) => [resource.name, resource.contact ?? '']),
        block.asOf,
        block.footer,
      ];
  }
}
