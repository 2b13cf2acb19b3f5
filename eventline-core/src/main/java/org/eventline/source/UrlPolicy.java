package org.eventline.source;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs may be fetched: absolute {@code http(s)} URLs of public hosts. Relative URLs,
 * {@code file:}, {@code javascript:}, {@code data:} and the like are refused; so are hosts that
 * resolve to loopback, private, link-local or unspecified addresses, unless allowed, so that a URL
 * list or a feed from a stranger cannot make Eventline probe the local network.
 */
final class UrlPolicy {
  private UrlPolicy() {}

  /** Why {@code url} may not be fetched, or null when it may. */
  static String refusal(String url, boolean allowPrivate) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return "not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")";
    }
    if (!uri.isAbsolute()) {
      return "a relative URL; give absolute http:// or https:// URLs";
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "a " + scheme + ": URL; only http:// and https:// URLs are fetched";
    }
    if (uri.getHost() == null) {
      return "no host in the URL";
    }
    if (allowPrivate) {
      return null;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(uri.getHost())) {
        if (isPrivate(a)) {
          return "host " + uri.getHost() + " is a private-network address (" + a.getHostAddress()
              + "); refused by default (allow private addresses only for a trusted list)";
        }
      }
    } catch (UnknownHostException e) {
      return "unknown host " + uri.getHost();
    }
    return null;
  }

  static boolean isPrivate(InetAddress a) {
    byte[] b = a.getAddress();
    boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xFE) == 0xFC; // fc00::/7
    boolean sharedV4 = b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64; // 100.64/10, carrier NAT
    return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress() || uniqueLocalV6 || sharedV4;
  }
}
