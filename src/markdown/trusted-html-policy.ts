/** The Trusted Types policy name this kit creates; list it in a page's `trusted-types` directive. */
export const TRUSTED_HTML_POLICY_NAME = 'chat-stream-elements';

/** What DOMPurify's `TRUSTED_TYPES_POLICY` option calls. The returned values are Trusted Types objects. */
export interface SanitizerPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createHTML: (input: string) => string; createScriptURL: (input: string) => string }): SanitizerPolicy;
}

let policy: SanitizerPolicy | null | undefined;
let refused = false;

/**
 * The policy our sanitizer parses untrusted markdown output with, created on first use (so a page
 * that never renders markdown never creates it). `null` where Trusted Types are not supported, or
 * where the page does not allow this name; the caller then has no HTML sink and must fall back.
 *
 * It stays private to the sanitizer, which hands it only to DOMPurify: DOMPurify parses into an
 * inert document and returns a sanitized fragment, so the identity `createHTML` never feeds a live
 * sink. No script URL is ever trusted.
 */
export function sanitizerPolicy(): SanitizerPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy(TRUSTED_HTML_POLICY_NAME, {
      createHTML: (input) => input,
      createScriptURL: () => '',
    });
  } catch {
    // Not in the page's `trusted-types` list (or already taken by a second copy of the kit): the
    // page enforces Trusted Types, so every HTML sink would be refused and reported. Said once.
    refused = true;
    console.warn(
      `chat-stream-elements: this page's Trusted Types policy does not allow the policy "${TRUSTED_HTML_POLICY_NAME}", so markdown blocks with raw HTML are shown as plain text. Add "${TRUSTED_HTML_POLICY_NAME}" to the trusted-types directive to render them.`,
    );
  }
  return policy;
}

/** Whether the page refused our policy: HTML must then not be parsed at all (see `sanitizerPolicy`). */
export function htmlSinksRefused(): boolean {
  sanitizerPolicy();
  return refused;
}

