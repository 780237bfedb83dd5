// The app's views: the ids the URL's `view` parameter names.

/** The app's views, in navigation order. */
export const VIEW_IDS = [
  'overview',
  'dimensions',
  'nation',
  'plan',
  'scores-vs-tasks',
  'data',
  'briefing',
] as const;

export type ViewId = (typeof VIEW_IDS)[number];

export const DEFAULT_VIEW: ViewId = 'overview';

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}
