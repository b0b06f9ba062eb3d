/** Entry of right-help-matcher.mjs: the free-text matcher, needed only when text is checked. */
export { Matcher, TextTooLongError } from "@right-help/core";
