import type { MessageKey, Messages } from './vi.ts';

/** Values interpolated into `{name}` placeholders. */
export type MessageArgs = Readonly<Record<string, string | number>>;

/** A bound translation function. */
export type Translate = (key: MessageKey, args?: MessageArgs) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Looks up `key` in `messages` and fills its `{name}` placeholders; unknown placeholders stay visible. */
export function translate(messages: Messages, key: MessageKey, args?: MessageArgs): string {
  const template = messages[key];
  if (args === undefined) return template;
  return template.replace(PLACEHOLDER, (match, name: string) => {
    const value = args[name];
    return value === undefined ? match : String(value);
  });
}
