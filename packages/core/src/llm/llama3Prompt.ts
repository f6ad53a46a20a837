import type { ChatMessage } from '@llamaindex/core/llms';
import { messageText } from './messageText';

/**
 * Builds a Llama-3 instruct prompt from chat messages:
 * `<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n...<|eot_id|>...` ending with
 * an open assistant header so the model writes the reply.
 *
 * @example
 * llama3Prompt([{ role: 'user', content: 'Hi' }]);
 * // '<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n'
 */
export function llama3Prompt(messages: readonly ChatMessage[]): string {
  let prompt = '<|begin_of_text|>';
  for (const message of messages) {
    const role =
      message.role === 'assistant'
        ? 'assistant'
        : message.role === 'system' || message.role === 'developer'
          ? 'system'
          : 'user';
    prompt += `<|start_header_id|>${role}<|end_header_id|>\n\n${messageText(message.content).trim()}<|eot_id|>`;
  }
  return `${prompt}<|start_header_id|>assistant<|end_header_id|>\n\n`;
}
