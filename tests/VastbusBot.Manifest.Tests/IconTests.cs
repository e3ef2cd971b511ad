using System.Globalization;
using VastbusBot.Manifest.Tests.Support;

namespace VastbusBot.Manifest.Tests;

public sealed class IconTests
{
    private static readonly Rgba White = new(255, 255, 255, 255);

    [Fact]
    public void Manifest_Icons_PointAtCommittedFiles()
    {
        var icons = ManifestFiles.LoadManifest()["icons"]!;

        Assert.Equal("color.png", icons["color"]!.GetValue<string>());
        Assert.Equal("outline.png", icons["outline"]!.GetValue<string>());
        Assert.True(File.Exists(ManifestFiles.ColorIcon));
        Assert.True(File.Exists(ManifestFiles.OutlineIcon));
    }

    [Fact]
    public void ColorIcon_Header_Is192SquareFullColour()
    {
        var png = PngImage.Load(ManifestFiles.ColorIcon);

        Assert.Equal(192, png.Width);
        Assert.Equal(192, png.Height);
        Assert.Equal(8, png.BitDepth);
        Assert.Contains(png.ColorType, new[] { PngColorType.Rgb, PngColorType.Rgba });
    }

    [Fact]
    public void ColorIcon_Pixels_AccentBackgroundWithWhiteMark()
    {
        var png = PngImage.Load(ManifestFiles.ColorIcon);
        var accent = ParseHexColor(ManifestFiles.LoadManifest()["accentColor"]!.GetValue<string>());

        Assert.Equal(accent, png.GetPixel(0, 0));
        Assert.Equal(accent, png.GetPixel(191, 191));
        var whitePixels = png.Pixels().Count(p => p == White);
        Assert.InRange(whitePixels, 192 * 192 / 20, 192 * 192 / 2);
    }

    [Fact]
    public void OutlineIcon_Header_Is32SquareWithAlpha()
    {
        var png = PngImage.Load(ManifestFiles.OutlineIcon);

        Assert.Equal(32, png.Width);
        Assert.Equal(32, png.Height);
        Assert.Equal(8, png.BitDepth);
        Assert.True(png.HasAlpha, $"colour type {png.ColorType} has no alpha channel");
    }

    [Fact]
    public void OutlineIcon_Pixels_OnlyWhiteOrFullyTransparent()
    {
        var png = PngImage.Load(ManifestFiles.OutlineIcon);

        var offending = png.Pixels().Where(p => p.A != 0 && (p.R, p.G, p.B) != (255, 255, 255)).ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void OutlineIcon_Pixels_TransparentBackgroundAndVisibleMark()
    {
        var png = PngImage.Load(ManifestFiles.OutlineIcon);

        Assert.Equal(0, png.GetPixel(0, 0).A);
        Assert.Equal(0, png.GetPixel(31, 0).A);
        Assert.Equal(0, png.GetPixel(0, 31).A);
        Assert.Equal(0, png.GetPixel(31, 31).A);
        Assert.InRange(png.Pixels().Count(p => p.A == 255), 32 * 32 / 20, 32 * 32 / 2);
    }

    private static Rgba ParseHexColor(string hex) => new(
        byte.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        byte.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        255);
}
