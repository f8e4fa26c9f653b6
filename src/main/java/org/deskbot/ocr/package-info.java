/**
 * Reading the words of a screenshot or photo of an error ({@link
 * org.deskbot.ocr.ScreenshotReader}): the Tesseract program run on the image, given on its standard
 * input so the image is never stored, and the text cleaned for searching; what is accepted as an
 * image ({@link org.deskbot.ocr.ImageLimits}) and fetching one from a chat platform into memory
 * ({@link org.deskbot.ocr.ImageDownload}).
 *
 * <p>A leaf: depends on no other deskbot package.
 */
package org.deskbot.ocr;
