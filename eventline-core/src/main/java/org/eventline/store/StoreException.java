package org.eventline.store;

/**
 * The store could not do what was asked: the message says what, on which store file, and what to
 * do about it; the cause is the database's own error.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
