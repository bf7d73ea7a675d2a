export { stripAnsi, unfinishedAnsiStart } from './ansi.js';
export { dropActiveHtml, escapeHtml, HTML_MODES, type HtmlMode } from './html.js';
export { lengthGuard, type LengthLimits } from './length-guard.js';
export { OutputFilter, sanitizeInput, type InputRules, type OutputRules, type SanitizedTexts } from './pipeline.js';
export { RepetitionDetector, type RepetitionLoop, type RepetitionOptions } from './repetition.js';
export { mergeChanges, SANITIZER_RULES, type RuleResult, type SanitizerChange, type SanitizerRefusal, type SanitizerRuleName } from './types.js';
export { unicodeFence, UNICODE_MODES, type UnicodeMode } from './unicode.js';
