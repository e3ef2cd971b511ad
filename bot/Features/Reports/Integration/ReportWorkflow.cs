using System.Globalization;
using VastbusBot.Conversation.Localization;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Privacy;
using VastbusBot.Features.Records;
using VastbusBot.Features.Reminders;

namespace VastbusBot.Features.Reports.Integration;

/// <summary>An answer that is either a value or a message for the user.</summary>
public sealed record ReportResult<T>(T? Value, LocalizedText? Error)
    where T : class
{
    public static ReportResult<T> Ok(T value) => new(value, null);

    public static ReportResult<T> Fail(LocalizedText error) => new(null, error);
}

/// <summary>The annual report as the chair sees it: compiled (or as submitted), the group's area and the stored version.</summary>
public sealed record AnnualReportView(LocalAnnualReport Report, string AreaId, SubmittedAnnualReport? Submitted);

/// <summary>The summary as the coordinator sees it, with whether it is submitted.</summary>
public sealed record SummaryView(DelregionalSummary Summary, SubmittedAreaItem? Submitted);

/// <summary>The chair's corrections to the text fields (null: keep the compiled text).</summary>
public sealed record AnnualReportCorrections(string? CompositionNotes, string? Trainings, string? DeviationAnalysis);

/// <summary>
/// The report commands' logic: who may open which report, compiling, correcting, submitting and exporting. The
/// counts always come from the logged records; only the text fields are the chair's to correct.
/// </summary>
public sealed class ReportWorkflow(
    IOrganisationRegistry registry,
    IReportDataSource source,
    ISubmittedReportStore store,
    ReportDownloads downloads,
    PersonalIdentifierDetector detector,
    TimeProvider time)
{
    public const int MaxNotes = 2000;
    public const int MaxTrainings = 4000;
    public const int MaxAnalysis = 8000;

    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>
    /// The year a report is about when none is given: the previous calendar year (in Stockholm), since both spring
    /// deadlines (1 March, 1 June) report on it. Before 1 January a chair can still name the current year.
    /// </summary>
    public int DefaultYear() => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Stockholm).Year - 1;

    /// <summary>Parses <c>[year] [group or area id]</c> in any order.</summary>
    public (int Year, string? UnitId) ParseArgument(string argument)
    {
        int? year = null;
        string? unit = null;
        foreach (var word in (argument ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
            {
                year = y;
            }
            else
            {
                unit = word.ToLowerInvariant();
            }
        }

        return (year ?? DefaultYear(), unit);
    }

    /// <summary>The group's annual report for a chair of it or an admin; without a group, the user's own (chair) group.</summary>
    public async Task<ReportResult<AnnualReportView>> OpenAnnualAsync(string tenantId, string userId, int year, string? groupId, CancellationToken cancellationToken)
    {
        var roles = await registry.GetRolesAsync(tenantId, userId, cancellationToken);
        groupId ??= roles.Groups.FirstOrDefault(g => g.Role == GroupRole.Chair)?.GroupId;
        if (groupId is null)
        {
            return ReportResult<AnnualReportView>.Fail(roles.IsAdmin ? ReportCardTexts.AdminNameGroup : ReportCardTexts.OnlyChairs);
        }

        if (await registry.FindGroupAsync(tenantId, groupId, cancellationToken) is not { } group)
        {
            return ReportResult<AnnualReportView>.Fail(ReportCardTexts.NoSuchGroup);
        }

        if (!roles.IsChairOf(group.Id) && !roles.IsAdmin)
        {
            return ReportResult<AnnualReportView>.Fail(ReportCardTexts.OnlyChairs);
        }

        var submitted = await store.GetAnnualReportAsync(tenantId, group.AreaId, group.Id, year, cancellationToken);
        if (submitted is not null)
        {
            return ReportResult<AnnualReportView>.Ok(new AnnualReportView(submitted.Report, group.AreaId, submitted));
        }

        var report = await ReportCompiler.CompileAnnualReportAsync(source, tenantId, group.Id, year, cancellationToken);
        return report is null
            ? ReportResult<AnnualReportView>.Fail(ReportCardTexts.NoSuchGroup)
            : ReportResult<AnnualReportView>.Ok(new AnnualReportView(report, group.AreaId, null));
    }

    /// <summary>Applies the corrections to the freshly compiled counts; an error when a field is too long or holds an identifier.</summary>
    public ReportResult<LocalAnnualReport> Correct(LocalAnnualReport compiled, AnnualReportCorrections corrections)
    {
        ArgumentNullException.ThrowIfNull(compiled);
        ArgumentNullException.ThrowIfNull(corrections);
        var notes = corrections.CompositionNotes?.Trim();
        var trainings = corrections.Trainings is null
            ? compiled.Trainings
            : [.. corrections.Trainings.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        var analysis = corrections.DeviationAnalysis?.Replace("\r", string.Empty, StringComparison.Ordinal).Trim() ?? compiled.DeviationAnalysis;
        if ((notes?.Length ?? 0) > MaxNotes || (corrections.Trainings?.Length ?? 0) > MaxTrainings || analysis.Length > MaxAnalysis)
        {
            return ReportResult<LocalAnnualReport>.Fail(ReportCardTexts.TooLong.With(MaxNotes, MaxTrainings, MaxAnalysis));
        }

        foreach (var text in new[] { notes, string.Join('\n', trainings), analysis })
        {
            if (detector.Find(text) is { Count: > 0 } findings)
            {
                return ReportResult<LocalAnnualReport>.Fail(ReportCardTexts.Identifier.With(findings[0].MaskedExcerpt));
            }
        }

        return ReportResult<LocalAnnualReport>.Ok(compiled with
        {
            CompositionNotes = string.IsNullOrEmpty(notes) ? compiled.CompositionNotes : notes,
            Trainings = trainings,
            DeviationAnalysis = analysis,
        });
    }

    /// <summary>Recompiles, applies the corrections and stores the report, conditional on <paramref name="expectedETag"/>.</summary>
    public async Task<ReportResult<AnnualReportView>> SubmitAnnualAsync(
        string tenantId, string userId, int year, string groupId, AnnualReportCorrections corrections, string? expectedETag, CancellationToken cancellationToken)
    {
        var opened = await CompileForEditAsync(tenantId, userId, year, groupId, cancellationToken);
        if (opened.Value is not { } view)
        {
            return opened;
        }

        var corrected = Correct(view.Report, corrections);
        if (corrected.Value is not { } report)
        {
            return ReportResult<AnnualReportView>.Fail(corrected.Error!);
        }

        var outcome = await store.SaveAnnualReportAsync(report, view.AreaId, userId, string.IsNullOrEmpty(expectedETag) ? null : expectedETag, cancellationToken);
        if (outcome == SubmitOutcome.Conflict)
        {
            return ReportResult<AnnualReportView>.Fail(ReportCardTexts.SubmitConflict);
        }

        var stored = await store.GetAnnualReportAsync(tenantId, view.AreaId, groupId, year, cancellationToken);
        return ReportResult<AnnualReportView>.Ok(new AnnualReportView(stored?.Report ?? report, view.AreaId, stored));
    }

    /// <summary>Writes the .docx of the corrected report and returns its signed download path.</summary>
    public async Task<ReportResult<string>> ExportAnnualAsync(
        string tenantId, string userId, int year, string groupId, AnnualReportCorrections corrections, UiLanguage language, CancellationToken cancellationToken)
    {
        var opened = await OpenAnnualAsync(tenantId, userId, year, groupId, cancellationToken);
        if (opened.Value is not { } view)
        {
            return ReportResult<string>.Fail(opened.Error!);
        }

        var corrected = Correct(view.Report, corrections);
        if (corrected.Value is not { } report)
        {
            return ReportResult<string>.Fail(corrected.Error!);
        }

        var name = FileName(ReportCardTexts.AnnualFilePrefix[language], report.GroupName, year);
        return ReportResult<string>.Ok(await downloads.StoreAsync(name, ReportDocxWriter.AnnualReport(report, language), cancellationToken));
    }

    /// <summary>The area's summary for a coordinator of it or an admin; without an area, the user's first area.</summary>
    public async Task<ReportResult<SummaryView>> OpenSummaryAsync(string tenantId, string userId, int year, string? areaId, CancellationToken cancellationToken)
    {
        var roles = await registry.GetRolesAsync(tenantId, userId, cancellationToken);
        areaId ??= roles.CoordinatorOfAreas.FirstOrDefault();
        if (areaId is null)
        {
            return ReportResult<SummaryView>.Fail(roles.IsAdmin ? ReportCardTexts.AdminNameArea : ReportCardTexts.OnlyCoordinators);
        }

        if (registry.Catalog.FindArea(areaId) is not { } area)
        {
            return ReportResult<SummaryView>.Fail(ReportCardTexts.NoSuchArea);
        }

        if (!roles.IsCoordinatorOf(area.Id) && !roles.IsAdmin)
        {
            return ReportResult<SummaryView>.Fail(ReportCardTexts.OnlyCoordinators);
        }

        var summary = await ReportCompiler.CompileSummaryAsync(source, tenantId, area.Id, area.Name.Sv, year, cancellationToken);
        var submitted = await store.GetSummaryAsync(tenantId, area.Id, year, cancellationToken);
        return ReportResult<SummaryView>.Ok(new SummaryView(summary, submitted));
    }

    public async Task<ReportResult<SummaryView>> SubmitSummaryAsync(string tenantId, string userId, int year, string areaId, string? expectedETag, CancellationToken cancellationToken)
    {
        var opened = await OpenSummaryAsync(tenantId, userId, year, areaId, cancellationToken);
        if (opened.Value is null)
        {
            return opened;
        }

        if (await store.SaveSummaryAsync(tenantId, areaId, year, userId, string.IsNullOrEmpty(expectedETag) ? null : expectedETag, cancellationToken) == SubmitOutcome.Conflict)
        {
            return ReportResult<SummaryView>.Fail(ReportCardTexts.SubmitConflict);
        }

        return await OpenSummaryAsync(tenantId, userId, year, areaId, cancellationToken);
    }

    public async Task<ReportResult<string>> ExportSummaryAsync(string tenantId, string userId, int year, string areaId, UiLanguage language, CancellationToken cancellationToken)
    {
        var opened = await OpenSummaryAsync(tenantId, userId, year, areaId, cancellationToken);
        if (opened.Value is not { } view)
        {
            return ReportResult<string>.Fail(opened.Error!);
        }

        var chart = ReportChart.MunicipalityBars(view.Summary, language);
        var name = FileName(ReportCardTexts.SummaryFilePrefix[language], view.Summary.AreaName, year);
        return ReportResult<string>.Ok(await downloads.StoreAsync(name, ReportDocxWriter.DelregionalSummary(view.Summary, language, chart), cancellationToken));
    }

    /// <summary>Marks the chairs' gathering of <paramref name="year"/> as held or booked (coordinators and admins).</summary>
    public async Task<LocalizedText?> MarkGatheringAsync(string tenantId, string userId, int year, string areaId, CancellationToken cancellationToken)
    {
        var roles = await registry.GetRolesAsync(tenantId, userId, cancellationToken);
        if (registry.Catalog.FindArea(areaId) is null)
        {
            return ReportCardTexts.NoSuchArea;
        }

        if (!roles.IsCoordinatorOf(areaId) && !roles.IsAdmin)
        {
            return ReportCardTexts.OnlyCoordinators;
        }

        await store.MarkGatheringAsync(tenantId, areaId, year, userId, cancellationToken);
        return null;
    }

    /// <summary>The year of a reminder's deadline kind, checked.</summary>
    public static DeadlineKind? KindOf(string? id) => DeadlineKinds.Parse(id);

    // Submitting always starts from the logged counts, even when a report was submitted before (a resubmission).
    private async Task<ReportResult<AnnualReportView>> CompileForEditAsync(string tenantId, string userId, int year, string groupId, CancellationToken cancellationToken)
    {
        var opened = await OpenAnnualAsync(tenantId, userId, year, groupId, cancellationToken);
        if (opened.Value is not { } view)
        {
            return opened;
        }

        var fresh = await ReportCompiler.CompileAnnualReportAsync(source, tenantId, groupId, year, cancellationToken);
        return fresh is null ? ReportResult<AnnualReportView>.Fail(ReportCardTexts.NoSuchGroup) : ReportResult<AnnualReportView>.Ok(view with { Report = fresh });
    }

    private static string FileName(string prefix, string unit, int year)
    {
        var safe = new string([.. unit.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}-{safe}-{year}.docx");
    }
}
