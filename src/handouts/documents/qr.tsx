// QR codes for help with a web address, each labelled with where it leads.
import { Path, Svg, View } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { styles } from './layout';
import { Narrow, PhraseText } from './text';

/** A QR code drawn as vector squares: generated here, crisp at any size, no image file. */
export function QrCode({ url, size = 54 }: { url: string; size?: number }) {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  // One rectangle per horizontal run of dark modules: a far shorter path than one per module.
  let d = '';
  for (let row = 0; row < count; row += 1) {
    for (let col = 0; col < count; col += 1) {
      if (!qr.modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < count && qr.modules.get(row, end + 1)) end += 1;
      const run = end - col + 1;
      d += `M${col + quiet} ${row + quiet}h${run}v1h-${run}z`;
      col = end;
    }
  }
  const box = count + quiet * 2;
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${box} ${box}`}>
      <Path d={d} fill="#000" />
    </Svg>
  );
}

/** A QR code with its label (see qrTarget in ../outline/help.ts) under it. */
export function LabelledQr({ qr, size }: { qr: { url: string; label: string }; size: number }) {
  const width = Math.max(size, 60);
  return (
    <View style={{ width, alignItems: 'center', marginLeft: 6 }}>
      <QrCode url={qr.url} size={size} />
      <Narrow to={width}>
        <PhraseText style={[styles.small, { fontSize: 6, lineHeight: 1.3, textAlign: 'center' }]}>
          {qr.label}
        </PhraseText>
      </Narrow>
    </View>
  );
}
