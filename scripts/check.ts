// `npm run check`: validates every lesson and prints one line per problem as
// lessons/<id>/<file>:<line>:<col> <message>, or a one-line summary when all is well.
import { LESSONS_DIR, PROJECT_ROOT } from '../src/content/node/paths';
import { checkLessons } from '../src/content/node/check';

const dir = process.argv[2] ?? LESSONS_DIR;
const { lines, ok } = checkLessons(dir, process.argv[2] ? process.cwd() : PROJECT_ROOT);
for (const line of lines) (ok ? console.log : console.error)(line);
process.exitCode = ok ? 0 : 1;
