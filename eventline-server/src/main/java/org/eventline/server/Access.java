package org.eventline.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may do what: anyone on this machine may read; writes, and reads from other machines, need
 * the token {@code serve} printed, as {@code Authorization: Bearer TOKEN}.
 */
final class Access {
  /** A request refused, with the status that says why (401 no or wrong token, 403 not allowed at all). */
  static final class Denied extends RuntimeException {
    final int status;

    Denied(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final byte[] token;

  Access(String token) {
    this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void check(Context ctx) {
    boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
        && ctx.method() != HandlerType.OPTIONS;
    if (!write && isLoopback(ctx.req().getRemoteAddr())) {
      return;
    }
    if (token == null) {
      throw new Denied(403, write ? "this server takes no writes: it was started without a token"
          : "this server answers only on this machine: it was started without a token");
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    // Constant time, so the token cannot be guessed a character at a time from response times.
    if (!MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      throw new Denied(401, (write ? "writes" : "reads from other machines")
          + " need the token `eventline serve` printed, as the header Authorization: Bearer TOKEN");
    }
  }

  static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
