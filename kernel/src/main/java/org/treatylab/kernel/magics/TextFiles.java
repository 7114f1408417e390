package org.treatylab.kernel.magics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading the files magics take ({@code %load}, {@code %loadFromPOM}) as UTF-8 text. */
final class TextFiles {
  private TextFiles() {}

  /** Reads a file as UTF-8 text, refusing binary files (a jar, an image) with a clear message. */
  static String readText(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("'" + file + "' not found (in " + Path.of("").toAbsolutePath() + ")");
    }
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) {
        throw new IllegalArgumentException("'" + file + "' is not a text file (it holds binary data)");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("'" + file + "' is not a text file (not valid UTF-8)");
    }
  }
}
