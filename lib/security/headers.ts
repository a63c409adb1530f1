// The browser-side security policy of every page. Pure: the proxy passes in a fresh nonce per request.
// Next reads the nonce from the request's Content-Security-Policy header and puts it on its own scripts
// (framework chunks and the inline RSC payload), so nothing else needs to carry it.

/** 128 random bits, base64: unguessable, and new for every page view. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy for a page. `styleSources`: hash sources ('sha256-…') of the build's stylesheets, which reach
 * the page inside <style> elements (next.config.mjs inlineCss) that React renders without the nonce.
 */
export function contentSecurityPolicy(nonce: string, dev = false, styleSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced framework loads (route chunks) run; injected markup never does.
    // React needs eval only in development, for its error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Only the build's own stylesheets are allowed by hash: an injected <style> matches none of them.
    ["style-src 'self'", `'nonce-${nonce}'`, ...styleSources].join(" "),
    // Style attributes rendered on the server (the reader's font-size variable, the word card's position)
    // cannot carry a nonce; they can set styles only, never run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The CSP hash source that allows a <style> element with exactly this text. */
export async function styleHashSource(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The nonce a policy allows, or null. */
export function nonceOf(policy: string): string | null {
  return /'nonce-([^']+)'/.exec(policy)?.[1] ?? null;
}
