// The command line of `npm run export`: what it accepts and refuses (checked in-process by the tests).
import { EXPORT_FORMATS, isExportFormat } from '../src/export/formats.ts';
import type { CommandSpec } from './lesson-cli.ts';

const USAGE = `usage: npm run export -- FORMAT --out DIR [--lesson ID] [--lang ja|en] [--school FILE]\n  FORMAT is one of: ${EXPORT_FORMATS.join(', ')}`;

export const EXPORT_COMMAND: CommandSpec = {
  usage: USAGE,
  allowPositionals: true,
  checkOwn: (_values, positionals, fail) => {
    if (positionals.length === 0) fail(`say which format to write\n${USAGE}`);
    if (positionals.length > 1) fail(`one format at a time, not "${positionals.join(' ')}"\n${USAGE}`);
    if (!isExportFormat(positionals[0]))
      fail(`unknown format "${positionals[0]}": use one of ${EXPORT_FORMATS.join(', ')}`);
  },
};
