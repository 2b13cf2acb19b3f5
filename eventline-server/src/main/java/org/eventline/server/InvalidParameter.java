package org.eventline.server;

/** A request parameter the server cannot use; its message is shown to the client as is. */
final class InvalidParameter extends RuntimeException {
  InvalidParameter(String message) {
    super(message);
  }
}
