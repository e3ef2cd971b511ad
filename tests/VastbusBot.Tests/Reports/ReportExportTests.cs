using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Reports;

namespace VastbusBot.Tests.Reports;

/// <summary>The .docx export, checked as Word sees it (styles, image) and as LibreOffice renders it to PDF.</summary>
public sealed class ReportExportTests
{
    private static LocalAnnualReport Annual() =>
        ReportCompiler.AnnualReport("t", ReportCompilerTests.Lysekil, 2026, ReportCompilerTests.Meetings2026, ReportCompilerTests.Deviations2026);

    private static DelregionalSummary Summary()
    {
        var groups = ReportCompilerTests.SummaryGroups();
        return ReportCompiler.Summary("fyrbodal", "Fyrbodal", 2026, groups, [Annual(), ReportCompiler.AnnualReport("t", groups[1], 2026, [new LoggedMeeting("x", new DateOnly(2026, 5, 5), ["SIP"])], [])]);
    }

    [Fact]
    public void TheAnnualReport_HasTheFourSectionsAsHeadings_InOrder()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(ReportDocxWriter.AnnualReport(Annual(), UiLanguage.Swedish)), false);

        var headings = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText)
            .ToList();

        Assert.Equal(
            ["1. Gruppens sammansättning", "2. Antal möten under året", "3. Genomförda utbildningsinsatser", "4. Avvikelser – antal och analys"],
            headings);
        Assert.NotNull(document.MainDocumentPart.StyleDefinitionsPart?.Styles);
    }

    [Fact]
    public void TheSummary_EmbedsTheChartAsAPng()
    {
        var summary = Summary();
        var png = ReportChart.MunicipalityBars(summary, UiLanguage.Swedish);
        using var document = WordprocessingDocument.Open(new MemoryStream(ReportDocxWriter.DelregionalSummary(summary, UiLanguage.Swedish, png)), false);

        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(png, copy.ToArray());
        Assert.Equal("image/png", image.ContentType);
    }

    [Fact]
    public void TheChart_IsAPngOfTheExpectedSize()
    {
        var png = ReportChart.MunicipalityBars(Summary(), UiLanguage.English);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        var height = (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23];
        Assert.Equal((ReportChart.Width, ReportChart.Height), (width, height));
    }

    [Fact]
    public async Task TheAnnualReportDocx_OpensInLibreOffice_AndItsPdfHasTheHeadingsAndTheCounts()
    {
        var text = await ConvertToPdfTextAsync(ReportDocxWriter.AnnualReport(Annual(), UiLanguage.Swedish), "annual");

        Assert.Contains("Årsberättelse 2026", text, StringComparison.Ordinal);
        Assert.Contains("1. Gruppens sammansättning", text, StringComparison.Ordinal);
        Assert.Contains("Omar Haddad", text, StringComparison.Ordinal);
        Assert.Contains("Gullmarsgymnasiet", text, StringComparison.Ordinal);
        Assert.Contains("Gruppen har haft 4 möten under 2026.", text, StringComparison.Ordinal);
        Assert.Contains("SIP i praktiken", text, StringComparison.Ordinal);
        Assert.Contains("Antal avvikelser under 2026: 3.", text, StringComparison.Ordinal);
        Assert.Contains("4. Avvikelser – antal och analys", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSummaryDocx_InEnglish_OpensInLibreOffice_WithTheTableAndTheChart()
    {
        var summary = Summary();
        var docx = ReportDocxWriter.DelregionalSummary(summary, UiLanguage.English, ReportChart.MunicipalityBars(summary, UiLanguage.English));

        var text = await ConvertToPdfTextAsync(docx, "summary");

        Assert.Contains("Delregional summary 2026", text, StringComparison.Ordinal);
        Assert.Contains("2 of 4 local groups have submitted their annual report.", text, StringComparison.Ordinal);
        Assert.Contains("2. Meetings, trainings and deviations per municipality", text, StringComparison.Ordinal);
        Assert.Contains("Åmål", text, StringComparison.Ordinal);
    }

    /// <summary>docx → PDF with <c>soffice --headless</c>, then the PDF's text with <c>pdftotext</c>.</summary>
    private static async Task<string> ConvertToPdfTextAsync(byte[] docx, string name)
    {
        var dir = Directory.CreateTempSubdirectory("vastbusbot-report-").FullName;
        try
        {
            var input = Path.Combine(dir, name + ".docx");
            await File.WriteAllBytesAsync(input, docx);

            // A profile of its own, so a running LibreOffice (or a parallel test) does not take the conversion over.
            var profile = new Uri(Path.Combine(dir, "profile")).AbsoluteUri;
            await RunAsync("soffice", ["-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input]);
            var pdf = Path.Combine(dir, name + ".pdf");
            Assert.True(File.Exists(pdf), "LibreOffice did not write a PDF");
            if (Environment.GetEnvironmentVariable("VASTBUS_REPORT_ARTIFACTS") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.Copy(pdf, Path.Combine(keep, name + ".pdf"), overwrite: true); // to look at the rendered report
            }

            await RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, Path.Combine(dir, name + ".txt")]);
            var text = await File.ReadAllTextAsync(Path.Combine(dir, name + ".txt"));

            // Layout mode may pad words in table cells; collapse runs of spaces for the assertions.
            return System.Text.RegularExpressions.Regex.Replace(text, " {2,}", " ");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task RunAsync(string tool, string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException(tool + " did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in 3 minutes: {await stderr}");
        }

        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await stdout} {await stderr}");
    }
}
