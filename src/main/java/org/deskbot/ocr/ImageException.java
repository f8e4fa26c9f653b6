package org.deskbot.ocr;

/** An image that cannot be read: too large, or not an image at all. The message is one line. */
public final class ImageException extends Exception {
  public ImageException(String message) {
    super(message);
  }
}
