using System.Buffers.Binary;
using System.IO.Compression;

namespace VastbusBot.Manifest.Tests.Support;

/// <summary>PNG colour types (IHDR byte 9).</summary>
internal enum PngColorType : byte
{
    Grayscale = 0,
    Rgb = 2,
    Palette = 3,
    GrayscaleAlpha = 4,
    Rgba = 6,
}

internal readonly record struct Rgba(byte R, byte G, byte B, byte A);

/// <summary>
/// A minimal PNG decoder for checking icons: 8-bit, non-interlaced grayscale, RGB, grayscale+alpha and RGBA,
/// with all five row filters. Anything else is reported as <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, byte bitDepth, PngColorType colorType, byte[] pixels, int channels)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        _pixels = pixels;
        _channels = channels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    public PngColorType ColorType { get; }

    public bool HasAlpha => ColorType is PngColorType.Rgba or PngColorType.GrayscaleAlpha;

    public static PngImage Load(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(byte[] png)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        int width = 0, height = 0;
        byte bitDepth = 0, interlace = 0;
        var colorType = PngColorType.Rgb;
        var sawHeader = false;
        using var idat = new MemoryStream();

        for (var pos = Signature.Length; pos + 12 <= png.Length;)
        {
            var length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(pos)));
            var type = System.Text.Encoding.ASCII.GetString(png, pos + 4, 4);
            var data = png.AsSpan(pos + 8, length);
            pos += 12 + length;

            switch (type)
            {
                case "IHDR":
                    width = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data));
                    height = checked((int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    bitDepth = data[8];
                    colorType = (PngColorType)data[9];
                    interlace = data[12];
                    sawHeader = true;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    pos = png.Length;
                    break;
            }
        }

        if (!sawHeader)
        {
            throw new InvalidDataException("PNG has no IHDR chunk");
        }

        if (bitDepth != 8 || interlace != 0)
        {
            throw new NotSupportedException($"only 8-bit non-interlaced PNGs are supported (bit depth {bitDepth}, interlace {interlace})");
        }

        var channels = colorType switch
        {
            PngColorType.Grayscale => 1,
            PngColorType.GrayscaleAlpha => 2,
            PngColorType.Rgb => 3,
            PngColorType.Rgba => 4,
            _ => throw new NotSupportedException($"colour type {colorType} is not supported"),
        };

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);

        var pixels = Unfilter(raw.ToArray(), width, height, channels);
        return new PngImage(width, height, bitDepth, colorType, pixels, channels);
    }

    public Rgba GetPixel(int x, int y)
    {
        var i = ((y * Width) + x) * _channels;
        return _channels switch
        {
            1 => new Rgba(_pixels[i], _pixels[i], _pixels[i], 255),
            2 => new Rgba(_pixels[i], _pixels[i], _pixels[i], _pixels[i + 1]),
            3 => new Rgba(_pixels[i], _pixels[i + 1], _pixels[i + 2], 255),
            _ => new Rgba(_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3]),
        };
    }

    public IEnumerable<Rgba> Pixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return GetPixel(x, y);
            }
        }
    }

    /// <summary>Reverses the per-row filters (PNG spec section 9) on 8-bit samples.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (raw.Length < height * (stride + 1))
        {
            throw new InvalidDataException("PNG image data is shorter than its dimensions need");
        }

        var output = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var src = y * (stride + 1) + 1;
            var row = y * stride;
            var prior = row - stride;
            for (var i = 0; i < stride; i++)
            {
                int a = i >= bytesPerPixel ? output[row + i - bytesPerPixel] : 0;
                int b = y > 0 ? output[prior + i] : 0;
                int c = y > 0 && i >= bytesPerPixel ? output[prior + i - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown PNG filter type {filter} on row {y}"),
                };
                output[row + i] = unchecked((byte)(raw[src + i] + predictor));
            }
        }

        return output;
    }

    internal static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
