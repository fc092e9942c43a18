package org.diktyo.documents.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes (ZXing) as a PNG {@code data:} URI, black on white, no transparency (PDF/A): one
 * pixel per module (the PDF scales it up without smoothing), two colours in a palette, one bit a
 * pixel. Written here rather than by ImageIO: ImageIO writes two greys as a greyscale PNG, which
 * PDFBox must decode and compress again, while a palette PNG goes into the PDF as it is.
 */
public final class QrCodes {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Index 0 white, index 1 black: a set bit is a dark module. */
    private static final byte[] PALETTE = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0};

    private QrCodes() {
    }

    public static String dataUri(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8",
                            EncodeHintType.QR_MASK_PATTERN, 0)); // a fixed mask: choosing the best of 8 costs more than the code itself
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(matrix));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }

    /** The matrix as a one-bit palette PNG, one pixel per module. */
    static byte[] png(BitMatrix matrix) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        int stride = (width + 7) / 8;
        byte[] rows = new byte[(stride + 1) * height]; // each row: filter type 0 (none), then the bits
        for (int y = 0; y < height; y++) {
            int row = y * (stride + 1) + 1;
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    rows[row + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(rows);
        deflater.finish();
        ByteArrayOutputStream idat = new ByteArrayOutputStream(rows.length);
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 1; // bit depth
        header[9] = 3; // colour type: palette
        chunk(png, "IHDR", header); // compression, filter and interlace methods 0
        chunk(png, "PLTE", PALETTE);
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        png.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeBytes(name);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        png.writeBytes(sum);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }
}
