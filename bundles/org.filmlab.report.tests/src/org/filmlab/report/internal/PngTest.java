// SPDX-License-Identifier: GPL-3.0-or-later
package org.filmlab.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PngTest {

    @Test
    void imageIoReadsBackEveryPixel() throws IOException {
        BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // Flat areas (as in charts) and noise, so both filter paths and wrap-around are exercised.
                image.setRGB(x, y, x < 18 ? 0x336699 : random.nextInt(1 << 24));
            }
        }
        byte[] png = Png.encode(image);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(image.getWidth(), back.getWidth());
        assertEquals(image.getHeight(), back.getHeight());
        int[] expected = image.getRGB(0, 0, 37, 23, null, 0, 37);
        int[] actual = back.getRGB(0, 0, 37, 23, null, 0, 37);
        assertArrayEquals(expected, actual);
        assertArrayEquals(png, Png.encode(image), "same pixels, same bytes");
    }
}
