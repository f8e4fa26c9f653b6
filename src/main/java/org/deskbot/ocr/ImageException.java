package org.deskbot.ocr;

/** An image that cannot be read: too large, or not an image at all. The message is one line. */
public final class ImageException extends Exception {
  private final boolean tooLarge;

  public ImageException(String message) {
    this(message, false);
  }

  /** {@code tooLarge}: refused for its size (else for what it is). */
  public ImageException(String message, boolean tooLarge) {
    super(message);
    this.tooLarge = tooLarge;
  }

  /** Whether the image was refused for its size (an HTTP 413), not for what it is. */
  public boolean tooLarge() {
    return tooLarge;
  }
}
