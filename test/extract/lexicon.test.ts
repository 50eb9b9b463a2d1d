/**
 * The lexicon is data: a word listed twice in one list is a slip that a Set hides at run time
 * (and a sign that two copies were pasted together), so the source is read as a syntax tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../src/extract/lexicon');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

/**
 * Every list of words: a string array given to a Set or spread through \`.map\` into a Map (not a
 * phrase, "as many as", nor a two-word entry of a Map).
 */
function wordLists(file: string): Array<{ line: number; words: string[] }> {
  const source = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const lists: Array<{ line: number; words: string[] }> = [];
  const visit = (node: ts.Node) => {
    const parent = node.parent;
    const isList =
      (parent && ts.isNewExpression(parent) && parent.expression.getText() === 'Set') ||
      (parent && ts.isPropertyAccessExpression(parent) && parent.name.text === 'map');
    if (ts.isArrayLiteralExpression(node) && isList && node.elements.every(ts.isStringLiteral)) {
      lists.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, words: node.elements.map((e) => (e as ts.StringLiteral).text) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lists;
}

describe('the lexicon', () => {
  it('is a folder of topic files, read here as word lists', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files.flatMap(wordLists).length).toBeGreaterThan(100);
  });

  it.each(files)('%s lists no word twice in one list', (file) => {
    const lists = wordLists(file);
    const repeated = lists.flatMap(({ line, words }) => words.filter((w, i) => words.indexOf(w) !== i).map((w) => `line ${line}: "${w}"`));
    expect(repeated).toEqual([]);
  });
});
