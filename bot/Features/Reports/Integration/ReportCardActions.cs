using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using VastbusBot.Conversation;
using VastbusBot.Features.Reminders;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>
/// The report buttons: <c>report.open</c> (from the reminder card) and the annual report, summary and gathering
/// cards' submit, export and mark buttons. Every click checks the user's role again.
/// </summary>
public sealed class ReportCardActions(
    ReportWorkflow workflow,
    ReportDownloads downloads,
    IOptionsMonitor<ReportDownloadOptions> options,
    Organisation.IOrganisationRegistry registry,
    IHttpContextAccessor http) : ICardAction
{
    public IReadOnlyCollection<string> Verbs { get; } =
    [
        ReportActions.OpenVerb, ReportCards.SubmitAnnualVerb, ReportCards.ExportAnnualVerb,
        ReportCards.SubmitSummaryVerb, ReportCards.ExportSummaryVerb, ReportCards.MarkGatheringVerb,
    ];

    public async Task<CardActionResult> HandleAsync(BotTurn turn, CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(turn.UserAadObjectId))
        {
            return CardActionResult.Message(turn.Text(ReportCardTexts.NoUser));
        }

        var tenant = turn.TenantId;
        var user = turn.UserAadObjectId;
        var language = turn.Language;
        var year = YearOf(request) ?? workflow.DefaultYear();
        var unit = request.GetString(ReportActions.UnitKey);
        var etag = request.GetString(ReportCards.ETagKey);

        switch (request.Verb)
        {
            case ReportActions.OpenVerb:
                return await OpenAsync(turn, DeadlineKinds.Parse(request.GetString(ReportActions.KindKey)), year, unit, cancellationToken);

            case ReportCards.SubmitAnnualVerb when unit is not null:
            {
                var typed = Corrections(request);
                var result = await workflow.SubmitAnnualAsync(tenant, user, year, unit, typed, etag, cancellationToken);
                if (result.Value is { } view)
                {
                    return CardActionResult.ReplaceCard(ReportCards.Annual(view, language, turn.Text(ReportCardTexts.Submitted)));
                }

                return await AnnualErrorAsync(turn, year, unit, result.Error!, typed, cancellationToken);
            }

            case ReportCards.ExportAnnualVerb when unit is not null:
            {
                var typed = Corrections(request);
                var link = await workflow.ExportAnnualAsync(tenant, user, year, unit, typed, language, cancellationToken);
                if (link.Value is null)
                {
                    return await AnnualErrorAsync(turn, year, unit, link.Error!, typed, cancellationToken);
                }

                var opened = await workflow.OpenAnnualAsync(tenant, user, year, unit, cancellationToken);
                return CardActionResult.ReplaceCard(ReportCards.Annual(opened.Value!, language, ReadyText(turn), downloadUrl: Absolute(link.Value), typed: typed));
            }

            case ReportCards.SubmitSummaryVerb when unit is not null:
            {
                var result = await workflow.SubmitSummaryAsync(tenant, user, year, unit, etag, cancellationToken);
                return result.Value is { } view
                    ? CardActionResult.ReplaceCard(ReportCards.Summary(view, language, ReportChart.MunicipalityBars(view.Summary, language), turn.Text(ReportCardTexts.SummarySubmitted)))
                    : CardActionResult.Message(turn.Text(result.Error!));
            }

            case ReportCards.ExportSummaryVerb when unit is not null:
            {
                var link = await workflow.ExportSummaryAsync(tenant, user, year, unit, language, cancellationToken);
                if (link.Value is null)
                {
                    return CardActionResult.Message(turn.Text(link.Error!));
                }

                var view = (await workflow.OpenSummaryAsync(tenant, user, year, unit, cancellationToken)).Value!;
                return CardActionResult.ReplaceCard(ReportCards.Summary(view, language, ReportChart.MunicipalityBars(view.Summary, language), ReadyText(turn), downloadUrl: Absolute(link.Value)));
            }

            case ReportCards.MarkGatheringVerb when unit is not null:
            {
                var error = await workflow.MarkGatheringAsync(tenant, user, year, unit, cancellationToken);
                return error is null
                    ? CardActionResult.ReplaceCard(ReportCards.Gathering(unit, AreaName(unit), year, language, turn.Text(ReportCardTexts.GatheringMarked)))
                    : CardActionResult.Message(turn.Text(error));
            }

            default:
                return CardActionResult.Message(turn.Text(Conversation.Localization.CommonText.UnknownButton));
        }
    }

    private async Task<CardActionResult> OpenAsync(BotTurn turn, DeadlineKind? kind, int year, string? unit, CancellationToken cancellationToken)
    {
        var tenant = turn.TenantId;
        var user = turn.UserAadObjectId!;
        switch (kind)
        {
            case DeadlineKind.DelregionalSummary:
            {
                var result = await workflow.OpenSummaryAsync(tenant, user, year, unit, cancellationToken);
                return result.Value is { } view
                    ? CardActionResult.ReplaceCard(ReportCards.Summary(view, turn.Language, ReportChart.MunicipalityBars(view.Summary, turn.Language)))
                    : CardActionResult.Message(turn.Text(result.Error!));
            }

            case DeadlineKind.ChairsGathering when unit is not null:
                return CardActionResult.ReplaceCard(ReportCards.Gathering(unit, AreaName(unit), year, turn.Language));

            default:
            {
                var result = await workflow.OpenAnnualAsync(tenant, user, year, unit, cancellationToken);
                return result.Value is { } view
                    ? CardActionResult.ReplaceCard(ReportCards.Annual(view, turn.Language))
                    : CardActionResult.Message(turn.Text(result.Error!));
            }
        }
    }

    // A refused correction comes back on the same card with what was typed and the reason.
    private async Task<CardActionResult> AnnualErrorAsync(BotTurn turn, int year, string unit, Conversation.Localization.LocalizedText error, AnnualReportCorrections typed, CancellationToken cancellationToken)
    {
        var opened = await workflow.OpenAnnualAsync(turn.TenantId, turn.UserAadObjectId!, year, unit, cancellationToken);
        return opened.Value is { } view
            ? CardActionResult.ReplaceCard(ReportCards.Annual(view, turn.Language, turn.Text(error), noticeIsError: true, typed: typed))
            : CardActionResult.Message(turn.Text(error));
    }

    private string ReadyText(BotTurn turn) =>
        ReportCardTexts.DownloadReady.Format(turn.Language, (int)options.CurrentValue.DownloadLinkLifetime.TotalMinutes);

    private Uri Absolute(string path)
    {
        var request = http.HttpContext?.Request;
        var fallback = request is null ? null : new Uri($"{request.Scheme}://{request.Host}");
        return downloads.Absolute(path, fallback);
    }

    private string AreaName(string areaId) => registry.Catalog.FindArea(areaId)?.Name.Sv ?? areaId;

    private static AnnualReportCorrections Corrections(CardActionRequest request) =>
        new(request.GetString(ReportCards.NotesInputId), request.GetString(ReportCards.TrainingsInputId), request.GetString(ReportCards.AnalysisInputId));

    private static int? YearOf(CardActionRequest request)
    {
        if (request.Data.ValueKind == JsonValueKind.Object && request.Data.TryGetProperty(ReportActions.YearKey, out var v))
        {
            if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n))
            {
                return n;
            }

            if (v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            {
                return s;
            }
        }

        return null;
    }
}
