// The react-pdf renderer of a handout's outline (../outline): one component per kind of block.
// What a handout says is decided there; how it is set on paper (sizes, keeping a heading with
// what follows it, columns, page breaks) is decided here.
import { View } from '@react-pdf/renderer';
import type { Block, SourcesBlock, TableBlock } from '../outline/blocks';
import { HelpSection } from './help';
import { Box, BoxTitle, DocumentHeading, H2, H3, KeepWithNext, List, styles } from './layout';
import { Narrow, PhraseText } from './text';

const right = { textAlign: 'right' } as const;

export function PdfBlocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <PdfBlock key={i} block={block} />
      ))}
    </>
  );
}

function PdfBlock({ block }: { block: Block }) {
  switch (block.type) {
    case 'title':
      return <DocumentHeading kicker={block.kicker} title={block.title} />;
    case 'heading':
      return block.level === 2 ? <H2>{block.text}</H2> : <H3>{block.text}</H3>;
    case 'paragraph':
      return <PhraseText style={styles.paragraph} runs={block.runs} />;
    case 'note':
      return <PhraseText style={styles.small}>{block.text}</PhraseText>;
    case 'list':
      return <List items={block.items} numbered={block.numbered} heading={block.heading} />;
    case 'box':
      return (
        <Box>
          <BoxTitle>{block.title}</BoxTitle>
          <PdfBlocks blocks={block.blocks} />
        </Box>
      );
    case 'keep':
      return (
        <KeepWithNext>
          <PdfBlocks blocks={block.blocks} />
        </KeepWithNext>
      );
    case 'table':
      return <PdfTable block={block} />;
    case 'slide':
      return (
        <View style={{ marginBottom: 4 }}>
          <KeepWithNext>
            <PhraseText style={styles.h3} runs={[{ text: `${block.number}. ${block.title}`, bold: true }]} />
            {block.paragraphs.slice(0, 1).map((runs, i) => (
              <PhraseText key={i} runs={runs} style={styles.paragraph} />
            ))}
          </KeepWithNext>
          {block.paragraphs.slice(1).map((runs, i) => (
            <PhraseText key={i} runs={runs} style={styles.paragraph} />
          ))}
        </View>
      );
    case 'questions':
      return (
        <>
          {block.items.map((item, i) => (
            <View key={i} style={{ marginBottom: 5 }} wrap={false}>
              {i === 0 && <H2>{block.heading}</H2>}
              <PhraseText runs={item.question} />
              <PhraseText runs={item.answer} />
            </View>
          ))}
        </>
      );
    case 'help':
      return <HelpSection block={block} />;
    case 'sources':
      return <PdfSources block={block} />;
    case 'letterHead':
      return (
        <>
          <PhraseText style={right}>{block.date}</PhraseText>
          <PhraseText>{block.greeting}</PhraseText>
          <View style={{ marginBottom: 6 }}>
            {block.sender.map((line, i) => (
              <PhraseText key={i} style={right}>
                {line}
              </PhraseText>
            ))}
          </View>
        </>
      );
    case 'subject':
      return (
        <PhraseText
          style={[styles.title, { fontSize: 13.5, textAlign: 'center', marginBottom: 6 }]}
          runs={[{ text: block.text, bold: true }]}
        />
      );
    case 'overleaf':
      return (
        <>
          <PhraseText style={[right, styles.small, { marginTop: 6 }]}>{block.text}</PhraseText>
          <View break />
        </>
      );
    case 'closing':
      return <PhraseText style={[right, { marginTop: 4 }]}>{block.text}</PhraseText>;
    case 'helpCard':
      throw new Error('a help card is drawn by HelpCards, as a sheet of cards, not as a block of a page');
  }
}

const cell = { padding: 4, borderRightWidth: 0.5, borderRightColor: '#777' } as const;

/** A ruled table whose header row repeats on every page; the heading stays with its first rows. */
function PdfTable({ block }: { block: TableBlock }) {
  const fixedWidth = block.columns.reduce((sum, column) => sum + (column.width ?? 0), 0);
  const last = block.columns.length - 1;
  const cellOf = (index: number, runs: { text: string; bold: boolean }[] | string, header: boolean) => {
    const { width } = block.columns[index];
    const edge = index === last ? { borderRightWidth: 0 } : {};
    const weight = header ? { fontWeight: 700 } : {};
    const text = typeof runs === 'string' ? { children: runs } : { runs };
    if (width !== undefined)
      return (
        <Narrow key={index} to={width - 8}>
          <PhraseText style={[cell, { width }, weight, edge]} {...text} />
        </Narrow>
      );
    return (
      <View key={index} style={[cell, { flex: 1 }, edge]}>
        <Narrow by={fixedWidth + 10}>
          <PhraseText style={weight} {...text} />
        </Narrow>
      </View>
    );
  };
  return (
    <>
      <View wrap={false} minPresenceAhead={90}>
        <H2>{block.heading}</H2>
      </View>
      <View style={{ borderWidth: 0.75, borderColor: '#000' }}>
        <View style={{ flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: '#000' }} fixed>
          {block.columns.map((column, index) => cellOf(index, column.label, true))}
        </View>
        {block.rows.map((row, i) => (
          <View
            key={i}
            style={{
              flexDirection: 'row',
              borderBottomWidth: i === block.rows.length - 1 ? 0 : 0.5,
              borderBottomColor: '#777',
            }}
            wrap={false}
          >
            {row.map((runs, index) => cellOf(index, runs, false))}
          </View>
        ))}
      </View>
    </>
  );
}

/** The numbered facts, each kept whole, then the numbered documents. */
function PdfSources({ block }: { block: SourcesBlock }) {
  return (
    <View>
      <View wrap={false} minPresenceAhead={60}>
        <H2>{block.heading}</H2>
        <PhraseText style={[styles.small, { marginBottom: 3 }]}>{block.intro}</PhraseText>
      </View>
      {block.facts.map((fact) => (
        <View key={fact.id} style={{ marginBottom: 3 }} wrap={false}>
          {fact.lines.map((runs, k) => (
            <PhraseText key={k} style={styles.small} runs={runs} />
          ))}
        </View>
      ))}
      <View wrap={false} minPresenceAhead={30}>
        <H3>{block.referencesHeading}</H3>
      </View>
      {block.references.map((reference, i) => (
        <PhraseText key={i} style={[styles.small, { marginBottom: 2 }]}>
          {reference}
        </PhraseText>
      ))}
    </View>
  );
}
