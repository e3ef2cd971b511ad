using System.Globalization;
using ScottPlot;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Reports;

/// <summary>The summary's bar chart: meetings, trainings and deviations per municipality, as a PNG.</summary>
public static class ReportChart
{
    public const int Width = 1000;
    public const int Height = 520;

    private static readonly Color MeetingsColor = Color.FromHex("#2F5597");
    private static readonly Color TrainingsColor = Color.FromHex("#70AD47");
    private static readonly Color DeviationsColor = Color.FromHex("#C55A11");

    public static byte[] MunicipalityBars(DelregionalSummary summary, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var plot = new Plot();
        try
        {
            var series = new (LocalizedText Label, Color Color, Func<MunicipalityFigures, int> Value)[]
            {
                (ReportTexts.MeetingsColumn, MeetingsColor, m => m.Meetings),
                (ReportTexts.TrainingsColumn, TrainingsColor, m => m.Trainings),
                (ReportTexts.DeviationsColumn, DeviationsColor, m => m.Deviations),
            };

            const double barWidth = 0.25;
            var bars = new List<Bar>();
            var ticks = new List<Tick>();
            for (var i = 0; i < summary.Municipalities.Count; i++)
            {
                var m = summary.Municipalities[i];
                for (var s = 0; s < series.Length; s++)
                {
                    bars.Add(new Bar
                    {
                        Position = i + ((s - 1) * barWidth),
                        Value = series[s].Value(m),
                        FillColor = series[s].Color,
                        Size = barWidth,
                    });
                }

                ticks.Add(new Tick(i, m.Municipality));
            }

            plot.Add.Bars(bars);
            foreach (var (label, color, _) in series)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = label[language], FillColor = color });
            }

            plot.Legend.IsVisible = true;
            plot.Legend.Alignment = Alignment.UpperRight;
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
            plot.Axes.Bottom.MajorTickStyle.Length = 0;
            if (summary.Municipalities.Count > 6)
            {
                plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            }

            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
            plot.Axes.Margins(bottom: 0);
            var max = summary.Municipalities.Select(m => Math.Max(m.Meetings, Math.Max(m.Trainings, m.Deviations))).DefaultIfEmpty(0).Max();
            plot.Axes.SetLimitsY(0, Math.Max(1, max) * 1.2);
            plot.Title(ReportTexts.ChartTitle.Format(language, summary.Year.ToString(CultureInfo.InvariantCulture)) + " – " + summary.AreaName);
            plot.Font.Set("Liberation Sans");
            plot.Font.Automatic(); // falls back where that font lacks a character
            plot.Axes.Title.Label.FontSize = 22;
            plot.Axes.Bottom.TickLabelStyle.FontSize = 16;
            plot.Axes.Left.TickLabelStyle.FontSize = 16;
            plot.Legend.FontSize = 16;
            return plot.GetImageBytes(Width, Height, ImageFormat.Png);
        }
        finally
        {
            plot.Dispose();
        }
    }
}
