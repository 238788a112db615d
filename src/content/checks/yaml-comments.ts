// In YAML a space followed by # starts a comment, even in the middle of unquoted text: the line
// `- Tell an adult (110 in danger, #9110 or #8103).` silently becomes "Tell an adult (110 in danger,".
// Compare each unquoted value with its source line and report a comment that looks like lost text.
import { isPair, isScalar, visit } from 'yaml';
import type { Problem } from '../problems.ts';
import type { ParsedLibrary } from '../parse.ts';
import { yamlSources } from './yaml-sources.ts';

const TEXT_KEYS = new Set(['ja', 'en', 'text', 'phrase', 'why']);

export function checkYamlComments(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  for (const source of yamlSources(library)) {
    visit(source.doc, {
      Scalar(_, node, ancestors) {
        if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
        const end = node.range[1];
        const lineEnd = source.text.indexOf('\n', end);
        const rest = source.text.slice(end, lineEnd === -1 ? undefined : lineEnd);
        const comment = /^[ \t]+#(.*)$/.exec(rest);
        if (!comment) return;
        const parent = ancestors.at(-1);
        const key = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : undefined;
        const looksLikeText =
          /^\S/.test(comment[1]) ||
          (key !== undefined && TEXT_KEYS.has(key)) ||
          count(node.value, '(') > count(node.value, ')');
        if (!looksLikeText) return;
        const at = source.position(end + rest.indexOf('#'));
        problems.push({
          file: source.file,
          ...at,
          message: `" #" starts a YAML comment, so "#${comment[1].trim()}" is cut from the text (it reads "${node.value}"): put the whole text in quotes`,
        });
      },
    });
  }
  return problems;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
