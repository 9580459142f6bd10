// What a person types into "add subscription" to the addresses worth trying. A full URL (or a
// feed: link) is used as it is; a bare host or host/path ("daringfireball.net", "127.0.0.1:8080/blog")
// is tried over https first, then http, as every reader does.
import { TidingsError } from '../../../shared/errors';
import { FetchError, toHttpUrl } from './http';

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;
/** host, host:port or host/path; a host is a name with a dot, localhost, or an IP address. */
const bareAddress = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)+|localhost|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:[/?#]\S*)?$/i;

export function addressesToTry(typed: string): string[] {
  const text = typed.trim();
  if (/^[a-z0-9.-]+:\d{1,5}(?:[/?#]|$)/i.test(text)) return bare(text); // "localhost:8080/x" is a host, not a scheme
  if (hasScheme.test(text)) {
    try {
      return [toHttpUrl(text)];
    } catch (error) {
      const reason = error instanceof FetchError ? error.message.replace(/^fetch: /, '') : 'not a valid URL';
      throw new TidingsError('bad_input', `${text}: ${reason}`);
    }
  }
  return bare(text);
}

function bare(text: string): string[] {
  if (!bareAddress.test(text)) {
    throw new TidingsError('bad_input', `"${text}" is not a web address: type a site (example.com) or a feed's URL (https://example.com/feed.xml)`);
  }
  return [`https://${text}`, `http://${text}`].map((url) => new URL(url).href);
}
