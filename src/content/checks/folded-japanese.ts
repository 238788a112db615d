// YAML folds a line break inside `>-` text, or inside unquoted or quoted text that runs over
// several lines, into a space. Japanese does not separate words with spaces, so 「拘禁刑または\n300万円」
// prints as 「拘禁刑または 300万円」. Report every such break in Japanese text, where the author fixes it.
import { isPair, isScalar, visit } from 'yaml';
import type { Problem } from '../problems.ts';
import type { ParsedLibrary } from '../parse.ts';
import { yamlSources } from './yaml-sources.ts';

const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function checkFoldedJapanese(library: ParsedLibrary): Problem[] {
  const problems: Problem[] = [];
  for (const source of yamlSources(library)) {
    visit(source.doc, {
      Scalar(_, node, ancestors) {
        const parent = ancestors.at(-1);
        if (!isPair(parent) || !isScalar(parent.key) || parent.key.value !== 'ja') return;
        if (node.type === 'BLOCK_LITERAL' || !node.range || typeof node.value !== 'string') return;
        const raw = source.text.slice(node.range[0], node.range[1]);
        const lines = raw.split('\n');
        // A block scalar's first line is its header (>-); the text starts on the next line.
        const first = node.type === 'BLOCK_FOLDED' ? 1 : 0;
        let offset = node.range[0] + lines.slice(0, first + 1).reduce((sum, line) => sum + line.length + 1, 0);
        for (let i = first + 1; i < lines.length; i++) {
          const before = lines[i - 1].trimEnd().at(-1) ?? '';
          const line = lines[i];
          const indent = line.length - line.trimStart().length;
          const after = line.trimStart()[0] ?? '';
          if (after && (JAPANESE.test(before) || JAPANESE.test(after))) {
            const at = source.position(offset + indent);
            problems.push({
              file: source.file,
              ...at,
              message: `this line break becomes a space in the Japanese text ("${before} ${after}"): write the Japanese text on one line`,
            });
          }
          offset += line.length + 1;
        }
      },
    });
  }
  return problems;
}
