// The font files on disk, for Node (the CLI, the build and the tests).
import { createRequire } from 'node:module';
import type { FontSources } from '../fonts';

const require = createRequire(import.meta.url);

export const FONT_FILES: FontSources = {
  regular: require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/biz-udpgothic/700Bold/BIZUDPGothic_700Bold.ttf'),
};
