// `--school FILE` for the command-line tools: the school's settings as JSON
// `{schoolName, counsellor, localHelp: [...]}`, checked against the app's own settings schema.
import { existsSync, readFileSync } from 'node:fs';
import { schoolSettings, type SchoolSettings } from '../src/content/school.ts';

/** The settings in the file, or the reason they cannot be used. */
export function readSchoolFile(file: string): { settings?: SchoolSettings; problem?: string } {
  if (!existsSync(file)) return { problem: `--school ${file}: no such file` };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { problem: `--school ${file}: not valid JSON (${(error as Error).message})` };
  }
  const parsed = schoolSettings.safeParse(data);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`)
      .join('\n');
    return { problem: `--school ${file}: not valid school settings (schoolName, counsellor, localHelp):\n${details}` };
  }
  return { settings: parsed.data };
}
