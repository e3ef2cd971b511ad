using VastbusBot.Conversation;
using VastbusBot.Conversation.Localization;

namespace VastbusBot.Features.Reports.Integration;

/// <summary><c>årsberättelse [år] [grupp]</c> / <c>annual report [year] [group]</c>: the chair's annual report card.</summary>
public sealed class AnnualReportCommand(ReportWorkflow workflow) : ITextCommand
{
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["årsberättelse"],
        [UiLanguage.English] = ["annual report"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.IsNullOrEmpty(turn.UserAadObjectId))
        {
            await turn.SendTextAsync(turn.Text(ReportCardTexts.NoUser), cancellationToken);
            return;
        }

        var (year, group) = workflow.ParseArgument(argument);
        var result = await workflow.OpenAnnualAsync(turn.TenantId, turn.UserAadObjectId, year, group, cancellationToken);
        if (result.Value is { } view)
        {
            await turn.SendCardAsync(ReportCards.Annual(view, turn.Language), cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(turn.Text(result.Error!), cancellationToken);
        }
    }
}

/// <summary><c>delregional sammanställning [år] [område]</c> / <c>delregional summary [year] [area]</c>: the coordinator's summary card.</summary>
public sealed class SummaryCommand(ReportWorkflow workflow) : ITextCommand
{
    public IReadOnlyDictionary<UiLanguage, IReadOnlyList<string>> Triggers { get; } = new Dictionary<UiLanguage, IReadOnlyList<string>>
    {
        [UiLanguage.Swedish] = ["delregional sammanställning"],
        [UiLanguage.English] = ["delregional summary"],
    };

    public async Task ExecuteAsync(BotTurn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (string.IsNullOrEmpty(turn.UserAadObjectId))
        {
            await turn.SendTextAsync(turn.Text(ReportCardTexts.NoUser), cancellationToken);
            return;
        }

        var (year, area) = workflow.ParseArgument(argument);
        var result = await workflow.OpenSummaryAsync(turn.TenantId, turn.UserAadObjectId, year, area, cancellationToken);
        if (result.Value is { } view)
        {
            await turn.SendCardAsync(ReportCards.Summary(view, turn.Language, ReportChart.MunicipalityBars(view.Summary, turn.Language)), cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(turn.Text(result.Error!), cancellationToken);
        }
    }
}
