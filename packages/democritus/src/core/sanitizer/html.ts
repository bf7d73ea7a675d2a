/**
 * The html sandbox for clients that render text as HTML. Pure and idempotent.
 * - `escape`: `<>&"'` become entities; the five entities this rule writes are left as they are, so escaping twice is
 *   escaping once.
 * - `drop`: active content goes; script/style/iframe/object/embed elements (with their content when closed, the tag
 *   alone otherwise), `on*` event attributes and `javascript:` URLs inside tags. Repeated until nothing changes, so that
 *   removing one piece cannot leave another behind (`<scr<script></script>ipt>`).
 */
import { ruleResult, type RuleResult } from './types.js';

export const HTML_MODES = ['off', 'escape', 'drop'] as const;
export type HtmlMode = (typeof HTML_MODES)[number];

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' };
/** An entity this rule writes (kept), or a character to escape. */
const ESCAPABLE = /&(?:amp|lt|gt|quot|#39);|[<>&"']/g;

export function escapeHtml(text: string): RuleResult {
  let count = 0;
  const escaped = text.replace(ESCAPABLE, (match) => {
    const entity = ENTITIES[match];
    if (entity === undefined) return match;
    count += 1;
    return entity;
  });
  return ruleResult('html_escape', escaped, count);
}

/** Where an entity this rule keeps may still be coming (`&am`): the index of that `&`, or -1. */
export function unfinishedEntityStart(text: string): number {
  const at = text.lastIndexOf('&');
  return at !== -1 && /^&(?:a|am|amp|l|lt|g|gt|q|qu|quo|quot|#|#3|#39)?$/.test(text.slice(at)) ? at : -1;
}

const ACTIVE = 'script|style|iframe|object|embed';
const ACTIVE_ELEMENT = new RegExp(String.raw`<(${ACTIVE})\b[^>]*>[\s\S]*?<\/\1\s*>`, 'gi');
const ACTIVE_TAG = new RegExp(String.raw`<\/?(?:${ACTIVE})\b[^>]*>`, 'gi');
const TAG = /<[a-zA-Z][^<>]*>/g;
/** An `on*` attribute with its value (quoted or not), or none. */
const EVENT_ATTRIBUTE = /\s+on[a-z]+\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/gi;
const JAVASCRIPT_URL = /javascript\s*:/gi;

export function dropActiveHtml(text: string): RuleResult {
  let count = 0;
  const remove = () => {
    count += 1;
    return '';
  };
  let current = text;
  for (;;) {
    const next = current
      .replace(ACTIVE_ELEMENT, remove)
      .replace(ACTIVE_TAG, remove)
      .replace(TAG, (tag) => tag.replace(EVENT_ATTRIBUTE, remove).replace(JAVASCRIPT_URL, remove));
    if (next === current) return ruleResult('html_drop', current, count);
    current = next;
  }
}

/** Where a tag, or an active element, may still be coming: the index of its `<`, or -1. */
export function unfinishedTagStart(text: string): number {
  const open = new RegExp(String.raw`<(${ACTIVE})\b[^>]*>`, 'gi');
  let earliest = -1;
  for (let match = open.exec(text); match !== null; match = open.exec(text)) {
    const name = match[1] ?? '';
    if (!new RegExp(String.raw`<\/${name}\s*>`, 'i').test(text.slice(match.index))) {
      earliest = match.index;
      break;
    }
  }
  const lastOpen = text.lastIndexOf('<');
  const unclosedTag = lastOpen !== -1 && !text.includes('>', lastOpen) ? lastOpen : -1;
  if (earliest === -1) return unclosedTag;
  return unclosedTag === -1 ? earliest : Math.min(earliest, unclosedTag);
}
