// The help section as react-pdf draws it (what it holds: ../outline/help.ts). Teachers get one
// entry a line with caveats; students and families get verified help in two columns with QR codes.
import { View } from '@react-pdf/renderer';
import { useContext } from 'react';
import type { HelpBlock, HelpItem } from '../outline/blocks';
import { Box, BoxTitle, H2, H3, styles } from './layout';
import { LabelledQr } from './qr';
import { Measure, Narrow, PhraseText } from './text';

/** The school's own contacts, in a box. */
export function SchoolContacts({ school }: { school: NonNullable<HelpBlock['school']> }) {
  return (
    <Box>
      <BoxTitle>{school.title}</BoxTitle>
      {school.lines.map((line, i) => (
        <PhraseText key={i}>{line}</PhraseText>
      ))}
    </Box>
  );
}

/** The name (bold) and the contact after it. */
const nameRuns = (item: HelpItem) => [
  ...item.name,
  ...(item.contact ? [{ text: `  ${item.contact}`, bold: true }] : []),
];

/** One help line for teachers: name and contact, who it serves, hours, caveats; a QR code when it has a web address. */
export function HelpEntry({ item }: { item: HelpItem }) {
  return (
    <View style={{ flexDirection: 'row', marginBottom: 5 }} wrap={false}>
      <View style={{ flex: 1 }}>
        <Narrow by={item.qr ? 66 : 0}>
          <PhraseText runs={nameRuns(item)} />
          <PhraseText style={styles.small}>{item.details}</PhraseText>
          {item.caution && <PhraseText style={styles.small} runs={[{ text: item.caution, bold: true }]} />}
          {item.checked && <PhraseText style={styles.small}>{item.checked}</PhraseText>}
        </Narrow>
      </View>
      {item.qr && <LabelledQr qr={item.qr} size={54} />}
    </View>
  );
}

export function HelpSection({ block }: { block: HelpBlock }) {
  const teachers = block.readers === 'teachers';
  const school = block.school && <SchoolContacts school={block.school} />;
  const entries = teachers
    ? block.entries.map((item) => <HelpEntry key={item.id} item={item} />)
    : [<HelpColumns key="columns" items={block.entries} />];
  // The heading stays on the page of what follows it: the school's contacts, or else the first
  // entry (minPresenceAhead does not hold inside nested views). The students' columns fit their page.
  const first = school ?? (teachers ? entries.shift() : null);
  return (
    <View>
      <View wrap={false} minPresenceAhead={40}>
        <H2>{block.heading}</H2>
        {first}
      </View>
      {first !== school && school}
      {entries}
      {block.unverified && (
        <View>
          <H3>{block.unverified.heading}</H3>
          {block.unverified.entries.map((item) => (
            <HelpEntry key={item.id} item={item} />
          ))}
        </View>
      )}
      {block.note && <PhraseText style={styles.small}>{block.note}</PhraseText>}
    </View>
  );
}

const QR_STUDENT = 38;

/** Verified help in two columns (students and families): name and number, who it is for, and a labelled QR code. */
function HelpColumns({ items }: { items: HelpItem[] }) {
  const measure = useContext(Measure);
  const column = (measure - 12) / 2;
  return (
    <View style={{ flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' }}>
      {items.map((item) => (
        <View key={item.id} style={{ width: column, flexDirection: 'row', marginBottom: 3 }} wrap={false}>
          <View style={{ flex: 1 }}>
            <Narrow to={column - (item.qr ? QR_STUDENT + 6 : 0)}>
              <PhraseText runs={nameRuns(item)} />
              <PhraseText style={styles.small}>{item.details}</PhraseText>
            </Narrow>
          </View>
          {item.qr && <LabelledQr qr={item.qr} size={QR_STUDENT} />}
        </View>
      ))}
    </View>
  );
}
