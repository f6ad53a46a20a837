import type { MessageContent } from '@llamaindex/core/llms';

/** The text of a LlamaIndex message content (text parts joined; other modalities ignored). */
export function messageText(content: MessageContent): string {
  if (typeof content === 'string') return content;
  return content
    .map((part) => (part.type === 'text' ? part.text : ''))
    .filter(Boolean)
    .join('\n');
}
