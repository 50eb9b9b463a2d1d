/** Markdown to plain text with one line per block, via the marked lexer. */
import { marked, type Token, type Tokens } from 'marked';

function inline(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  return tokens
    .map((t) => {
      const withTokens = t as Token & { tokens?: Token[]; text?: string };
      if (t.type === 'image') return (t as Tokens.Image).text;
      if (withTokens.tokens) return inline(withTokens.tokens, withTokens.text ?? '');
      return 'text' in t ? String(t.text) : t.raw;
    })
    .join('');
}

export function markdownToText(md: string): string {
  const lines: string[] = [];
  const walk = (tokens: Token[]) => {
    for (const t of tokens) {
      switch (t.type) {
        case 'heading':
        case 'paragraph':
          lines.push(inline((t as Tokens.Paragraph).tokens, (t as Tokens.Paragraph).text), '');
          break;
        case 'list':
          for (const item of (t as Tokens.List).items) lines.push(inline(item.tokens, item.text).replace(/\n+/g, ' '));
          lines.push('');
          break;
        case 'blockquote':
          walk((t as Tokens.Blockquote).tokens);
          break;
        case 'code':
          lines.push((t as Tokens.Code).text, '');
          break;
        case 'table': {
          const table = t as Tokens.Table;
          lines.push(table.header.map((h) => h.text).join(' | '));
          for (const row of table.rows) lines.push(row.map((c) => c.text).join(' | '));
          lines.push('');
          break;
        }
        case 'html':
          lines.push((t as Tokens.HTML).text.replace(/<[^>]*>/g, ''));
          break;
        default:
          break;
      }
    }
  };
  walk(marked.lexer(md));
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
