// The English handouts' Latin font on disk, for Node (the CLI, the build and the tests).
import { createRequire } from 'node:module';
import type { LatinFontSources } from '../latin-font';

const require = createRequire(import.meta.url);

export const LATIN_FONT_FILES: LatinFontSources = {
  regular: require.resolve('@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf'),
};
