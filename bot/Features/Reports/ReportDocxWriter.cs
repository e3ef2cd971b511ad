using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VastbusBot.Conversation.Localization;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace VastbusBot.Features.Reports;

/// <summary>
/// Writes the reports as .docx with real Word heading styles (Title, Heading 1), so the document's outline and a
/// PDF made from it show the template's sections.
/// </summary>
public static class ReportDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const long EmuPerPixel = 9525;
    private const long MaxImageWidthEmu = 6_000_000; // about 16.7 cm, inside A4 margins

    public static byte[] AnnualReport(LocalAnnualReport report, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(language, (body, _) =>
        {
            var year = report.Year.ToString(CultureInfo.InvariantCulture);
            body.Append(Styled(ReportTexts.AnnualTitle.Format(language, year), "Title"));
            body.Append(Text(ReportTexts.AnnualSubtitle.Format(
                language, report.GroupName, report.Municipality, report.AreaName, (report.Year + 1).ToString(CultureInfo.InvariantCulture))));

            body.Append(Styled(ReportTexts.Composition[language], "Heading1"));
            if (report.Members.Count == 0)
            {
                body.Append(Text(ReportTexts.NoMembers[language]));
            }
            else
            {
                body.Append(Table(
                    [ReportTexts.NameColumn[language], ReportTexts.FunctionColumn[language], ReportTexts.OrganisationColumn[language]],
                    report.Members.Select(m => new[] { m.Name, m.Function ?? string.Empty, m.Organisation ?? string.Empty })));
            }

            if (!string.IsNullOrWhiteSpace(report.CompositionNotes))
            {
                body.Append(Text(report.CompositionNotes.Trim()));
            }

            body.Append(Styled(ReportTexts.Meetings[language], "Heading1"));
            body.Append(Text(ReportTexts.MeetingsText.Format(language, report.MeetingCount, year)));

            body.Append(Styled(ReportTexts.Trainings[language], "Heading1"));
            if (report.Trainings.Count == 0)
            {
                body.Append(Text(ReportTexts.NoTrainings[language]));
            }

            foreach (var training in report.Trainings)
            {
                body.Append(Text("• " + training));
            }

            body.Append(Styled(ReportTexts.Deviations[language], "Heading1"));
            body.Append(Text(ReportTexts.DeviationsText.Format(language, report.DeviationCount, year)));
            if (report.DeviationsByCategory.Count > 0)
            {
                body.Append(Table(
                    [ReportTexts.CategoryColumn[language], ReportTexts.CountColumn[language]],
                    report.DeviationsByCategory.Select(c => new[] { c.Category, c.Count.ToString(CultureInfo.InvariantCulture) })));
            }

            body.Append(Styled(ReportTexts.Analysis[language], "Heading2"));
            var analysis = report.DeviationAnalysis.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (analysis.Length == 0)
            {
                body.Append(Text(ReportTexts.NoAnalysis[language]));
            }

            foreach (var line in analysis)
            {
                body.Append(Text(line));
            }

            body.Append(Text(ReportTexts.Compiled[language], subtle: true));
        });
    }

    /// <summary>The summary, with <paramref name="chartPng"/> (from <see cref="ReportChart"/>) under the figures.</summary>
    public static byte[] DelregionalSummary(DelregionalSummary summary, UiLanguage language, byte[]? chartPng)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Write(language, (body, main) =>
        {
            var year = summary.Year.ToString(CultureInfo.InvariantCulture);
            body.Append(Styled(ReportTexts.SummaryTitle.Format(language, year), "Title"));
            body.Append(Text(ReportTexts.SummarySubtitle.Format(language, summary.AreaName, (summary.Year + 1).ToString(CultureInfo.InvariantCulture))));

            body.Append(Styled(ReportTexts.Reported[language], "Heading1"));
            body.Append(Text(ReportTexts.ReportedText.Format(language, summary.ReportedCount, summary.Groups.Count)));
            body.Append(Table(
                [ReportTexts.GroupColumn[language], ReportTexts.MunicipalityColumn[language], ReportTexts.ReportedColumn[language]],
                summary.Groups.Select(g => new[] { g.GroupName, g.Municipality, (g.Reported ? ReportTexts.Yes : ReportTexts.No)[language] })));

            body.Append(Styled(ReportTexts.PerMunicipality[language], "Heading1"));
            body.Append(Table(
                [ReportTexts.MunicipalityColumn[language], ReportTexts.MeetingsColumn[language], ReportTexts.TrainingsColumn[language], ReportTexts.DeviationsColumn[language]],
                summary.Municipalities.Select(m => new[]
                {
                    m.Municipality,
                    m.Meetings.ToString(CultureInfo.InvariantCulture),
                    m.Trainings.ToString(CultureInfo.InvariantCulture),
                    m.Deviations.ToString(CultureInfo.InvariantCulture),
                })));
            body.Append(Text(ReportTexts.FiguresNote[language], subtle: true));
            if (chartPng is { Length: > 0 })
            {
                body.Append(Picture(main, chartPng, ReportChart.Width, ReportChart.Height, ReportTexts.ChartAlt[language]));
            }
        });
    }

    private static byte[] Write(UiLanguage language, Action<Body, MainDocumentPart> build)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document();
            var body = main.Document.AppendChild(new Body());
            AddStyles(main, language == UiLanguage.English ? "en-GB" : "sv-SE");
            build(body, main);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U }, // A4
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 709U, Footer = 709U, Gutter = 0U }));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main, string languageTag)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans", ComplexScript = "Liberation Sans" },
                    new FontSize { Val = "22" },
                    new Languages { Val = languageTag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            ParagraphStyle("Normal", "Normal", null, null, isDefault: true),
            ParagraphStyle("Title", "Title", "48", "0"),
            ParagraphStyle("Heading1", "heading 1", "30", "0"),
            ParagraphStyle("Heading2", "heading 2", "24", "1"),
            new Style(new StyleName { Val = "Table Grid" }, new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
        part.Styles.Save();
    }

    private static Style ParagraphStyle(string id, string name, string? size, string? outlineLevel, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = "Normal" });
            style.Append(new NextParagraphStyle { Val = "Normal" });
        }

        if (outlineLevel is not null)
        {
            style.Append(new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "120" },
                new OutlineLevel { Val = int.Parse(outlineLevel, CultureInfo.InvariantCulture) }));
        }

        if (size is not null)
        {
            style.Append(new StyleRunProperties(new Bold(), new FontSize { Val = size }));
        }

        return style;
    }

    private static Paragraph Styled(string text, string styleId) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), Run(text));

    private static Paragraph Text(string text, bool subtle = false)
    {
        var run = Run(text);
        if (subtle)
        {
            run.PrependChild(new RunProperties(new Italic(), new Color { Val = "595959" }, new FontSize { Val = "18" }));
        }

        return new Paragraph(run);
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static Table Table(string[] headers, IEnumerable<string[]> rows)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, header: false));
        }

        return table;
    }

    private static TableRow Row(string[] cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = Run(cell);
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), run)));
        }

        return row;
    }

    private static Paragraph Picture(MainDocumentPart main, byte[] png, int widthPx, int heightPx, string altText)
    {
        var imagePart = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            imagePart.FeedData(data);
        }

        var relationshipId = main.GetIdOfPart(imagePart);
        var cx = Math.Min(widthPx * EmuPerPixel, MaxImageWidthEmu);
        var cy = cx * heightPx / widthPx;
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = 1U, Name = "Chart", Description = altText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = "chart.png", Description = altText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Paragraph(new Run(new Drawing(inline)));
    }
}
