/**
 * The Content-Security-Policy of the app. `renderer/index.html` carries the same policy in a
 * meta tag (that is what the web build gets); the `app://` handler also sends it as a header so
 * workers, which do not inherit a document's meta tag, are held to it too. Keep the two in
 * step. `frame-ancestors` only works as a header, so only the header has it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
