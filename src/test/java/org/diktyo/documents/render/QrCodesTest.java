package org.diktyo.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The QR code's PNG, written by hand, reads back as the link it holds. */
class QrCodesTest {

    @Test
    void theCodeReadsBackAsTheLink() throws Exception {
        String link = "https://diktyo.example/r/faaa251d5950331d30e825e78143b4f3";
        String uri = QrCodes.dataUri(link);
        assertThat(uri).startsWith("data:image/png;base64,");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isBetween(25, 60);
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("a white margin").isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).as("the finder pattern's dark corner").isEqualTo(0);
        int scale = 4;
        int size = image.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = image.getRGB(x / scale, y / scale);
            }
        }
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels))))
                .getText();
        assertThat(read).isEqualTo(link);
    }
}
