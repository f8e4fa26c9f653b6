package org.deskbot.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes for the dashboard's sign-in: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and
 * hash in Base64). Only hashes are configured ({@code deskbot hash-password} makes one); comparison
 * is constant-time.
 */
public final class Passwords {
  static final String SCHEME = "pbkdf2-sha256";
  static final int ITERATIONS = 210_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** A new hash of {@code password} with a random salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] h = pbkdf2(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(h);
  }

  /** True when {@code stored} is a hash this class can check. */
  public static boolean wellFormed(String stored) {
    String[] p = stored.split("\\$");
    if (p.length != 4 || !p[0].equals(SCHEME)) {
      return false;
    }
    try {
      int it = Integer.parseInt(p[1]);
      Base64.getDecoder().decode(p[2]);
      return it >= 1000 && Base64.getDecoder().decode(p[3]).length >= 16;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether {@code password} matches {@code stored}, compared in constant time. */
  public static boolean matches(char[] password, String stored) {
    if (!wellFormed(stored)) {
      return false;
    }
    String[] p = stored.split("\\$");
    byte[] expected = Base64.getDecoder().decode(p[3]);
    byte[] actual =
        pbkdf2(
            password,
            Base64.getDecoder().decode(p[2]),
            Integer.parseInt(p[1]),
            expected.length * 8);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
    return pbkdf2(password, salt, iterations, 256);
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bits) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2 is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
