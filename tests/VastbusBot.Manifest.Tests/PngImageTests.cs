using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using VastbusBot.Manifest.Tests.Support;

namespace VastbusBot.Manifest.Tests;

/// <summary>Proves the test decoder itself, so the icon checks cannot pass by misreading the files.</summary>
public sealed class PngImageTests
{
    private const int Width = 5;
    private const int Height = 4;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Decode_RgbaWithRowFilter_RestoresEveryPixel(byte filter)
    {
        var pixels = SamplePixels();

        var png = PngImage.Decode(Encode(pixels, filter));

        Assert.Equal(Width, png.Width);
        Assert.Equal(Height, png.Height);
        Assert.Equal(PngColorType.Rgba, png.ColorType);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var i = ((y * Width) + x) * 4;
                Assert.Equal(new Rgba(pixels[i], pixels[i + 1], pixels[i + 2], pixels[i + 3]), png.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void Decode_NotAPng_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PngImage.Decode(Encoding.ASCII.GetBytes("GIF89a not a png")));
    }

    private static byte[] SamplePixels()
    {
        // Values that make every predictor differ from the others and wrap around 255.
        var pixels = new byte[Width * Height * 4];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((i * 73) + (i / 7 * 29) + 200);
        }

        return pixels;
    }

    /// <summary>Encodes 8-bit RGBA with one filter type on every row (PNG spec section 9).</summary>
    private static byte[] Encode(byte[] pixels, byte filter)
    {
        const int Bpp = 4;
        const int Stride = Width * Bpp;
        var raw = new byte[Height * (Stride + 1)];
        for (var y = 0; y < Height; y++)
        {
            raw[y * (Stride + 1)] = filter;
            for (var i = 0; i < Stride; i++)
            {
                int a = i >= Bpp ? pixels[(y * Stride) + i - Bpp] : 0;
                int b = y > 0 ? pixels[((y - 1) * Stride) + i] : 0;
                int c = y > 0 && i >= Bpp ? pixels[((y - 1) * Stride) + i - Bpp] : 0;
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => PngImage.Paeth(a, b, c),
                    _ => 0,
                };
                raw[(y * (Stride + 1)) + 1 + i] = unchecked((byte)(pixels[(y * Stride) + i] - predictor));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, Width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), Height);
        ihdr[8] = 8;
        ihdr[9] = (byte)PngColorType.Rgba;

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", ihdr);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(word, (uint)data.Length);
        png.Write(word);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeAndData));
        png.Write(word);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
