package org.treatylab.kernel;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * Shows a Swing component ({@code display(new JButton("OK"))}, a {@code JTable}, a chart panel) as a
 * PNG picture of it, painted off screen (the kernel runs headless), as IJava's successor JJava does,
 * instead of its {@code toString()}.
 */
final class ComponentSnapshot {
  private ComponentSnapshot() {}

  /** Registers the renderer. Only the class literal is touched here: AWT loads when a component is shown. */
  static void register(Renderer renderer) {
    renderer
        .createRegistration(Component.class)
        .preferring(MIMEType.IMAGE_PNG)
        .supporting(MIMEType.TEXT_PLAIN)
        .register(
            (component, ctx) -> {
              ctx.renderIfRequested(MIMEType.IMAGE_PNG, () -> png(component));
              ctx.renderIfRequested(
                  MIMEType.TEXT_PLAIN,
                  () ->
                      String.format(
                          Locale.ROOT,
                          "%s (%d×%d)",
                          component.getClass().getSimpleName(),
                          component.getWidth(),
                          component.getHeight()));
            });
  }

  /** Lays the component out at its size (its preferred size when it has none) and paints it to a PNG. */
  static String png(Component component) {
    if (component.getWidth() <= 0 || component.getHeight() <= 0) {
      Dimension preferred = component.getPreferredSize();
      component.setSize(Math.max(1, preferred.width), Math.max(1, preferred.height));
    }
    layOut(component);
    BufferedImage image =
        new BufferedImage(component.getWidth(), component.getHeight(), BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      component.printAll(g);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  private static void layOut(Component c) {
    if (c instanceof Container container) {
      container.doLayout();
      for (Component child : container.getComponents()) {
        layOut(child);
      }
    }
  }
}
