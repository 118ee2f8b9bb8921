package org.rapporteur.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.rapporteur.report.chart.Drawing.Box;
import org.rapporteur.report.chart.Drawing.Label;
import org.rapporteur.report.chart.Drawing.Rule;
import org.rapporteur.report.chart.Drawing.Shape;

/**
 * Draws a {@link Drawing} as a PNG image with Java2D, for Word, which shows no inline SVG of its own. Off-screen
 * only, so it needs no display (the application runs headless, as Spring Boot sets it).
 */
public final class Png {

    /** Pixels per layout pixel: twice the layout, so the picture stays sharp when printed. */
    public static final int SCALE = 2;

    private Png() {
    }

    public static byte[] render(Drawing drawing) {
        BufferedImage image = new BufferedImage(drawing.width() * SCALE, drawing.height() * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            g.setStroke(new BasicStroke(1f));
            FontMetrics metrics = g.getFontMetrics();
            for (Shape shape : drawing.shapes()) {
                if (shape instanceof Box b) {
                    g.setColor(Color.decode(Palette.hex(b.series())));
                    g.fill(new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 4, 4));
                } else if (shape instanceof Label l) {
                    g.setColor(Color.decode(l.muted() ? Palette.MUTED : Palette.INK));
                    int width = metrics.stringWidth(l.text());
                    double x = switch (l.anchor()) {
                        case START -> l.x();
                        case MIDDLE -> l.x() - width / 2.0;
                        case END -> l.x() - width;
                    };
                    g.drawString(l.text(), (float) x, (float) l.y());
                } else if (shape instanceof Rule r) {
                    g.setColor(Color.decode(Palette.RULE));
                    g.draw(new Line2D.Double(r.x1(), r.y1(), r.x2(), r.y2()));
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(32_768);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG: " + drawing.title(), e);
        }
        return png.toByteArray();
    }
}
