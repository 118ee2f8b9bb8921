package org.rapporteur.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.rapporteur.report.chart.Drawing.Box;

class PngTest {

    @Test
    void drawsTheSameLayoutAtTwiceItsSize() throws Exception {
        Drawing chart = Charts.bars("Poll", "Votes", List.of(new Bar("Yes", 30, "30"), new Bar("No", 10, "10")));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Png.render(chart)));

        assertThat(image.getWidth()).isEqualTo(chart.width() * Png.SCALE);
        assertThat(image.getHeight()).isEqualTo(chart.height() * Png.SCALE);
        Box yes = ChartsTest.boxes(chart).get(0);
        int inside = image.getRGB((int) ((yes.x() + yes.width() / 2) * Png.SCALE),
                (int) ((yes.y() + yes.height() / 2) * Png.SCALE)) & 0xFFFFFF;
        assertThat(inside).isEqualTo(0x0a5a87);
        int pastTheShortBar = image.getRGB((int) ((yes.x() + yes.width() * 0.9) * Png.SCALE),
                (int) ((ChartsTest.boxes(chart).get(1).y() + 7) * Png.SCALE)) & 0xFFFFFF;
        assertThat(pastTheShortBar).isEqualTo(0xFFFFFF);
    }
}
