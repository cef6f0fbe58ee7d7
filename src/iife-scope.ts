/**
 * For the browser / Apps Script bundle only: zod keeps its configuration on `globalThis`, which
 * would add globals beside `Sakip`. The bundle maps zod's `globalThis` to this private object.
 */
export const sakipScope: Record<string, unknown> = {};
